package dev.ladder.words;

import dev.ladder.markdown.Markdown;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The alignment against bullets labelled by hand before it was tuned ({@code alignment-labels.txt}):
 * competencies of {@code content/} (a cumulative ladder) and of {@code restated-ladder/} (each level
 * restated). A pair is right when the labels pair the same two bullets; a singleton is right when the
 * labels leave that bullet unpaired too.
 */
class AlignmentLabelsTest {

    private static final Markdown MARKDOWN = new Markdown(false);

    /** One labelled competency: its bullets on each side, and the pairs "lower=higher", numbered from 1. */
    private record Labelled(String title, List<String> lower, List<String> higher, Set<String> pairs) {
    }

    @Test
    void precisionAndRecallOnTheLabelledBullets() throws IOException {
        List<Labelled> sections = labelled();
        int bullets = sections.stream().mapToInt(s -> s.lower().size() + s.higher().size()).sum();
        int truePairs = 0;
        int predictedPairs = 0;
        int labelledPairs = 0;
        int trueSingles = 0;
        int predictedSingles = 0;
        int labelledSingles = 0;
        List<String> misses = new ArrayList<>();
        for (Labelled section : sections) {
            BulletAlignment alignment = BulletAlignment.between(html(section.lower()), html(section.higher()));
            assertEquals(section.lower().size(), alignment.lower().size(), section.title());
            assertEquals(section.higher().size(), alignment.higher().size(), section.title());
            Set<String> predicted = new HashSet<>();
            alignment.pairs().forEach(pair -> predicted.add((pair.lower() + 1) + "=" + (pair.higher() + 1)));
            for (String pair : predicted) {
                if (section.pairs().contains(pair)) {
                    truePairs++;
                } else {
                    misses.add(section.title() + ": paired " + pair + " (not labelled)");
                }
            }
            for (String pair : section.pairs()) {
                if (!predicted.contains(pair)) {
                    misses.add(section.title() + ": missed " + pair);
                }
            }
            predictedPairs += predicted.size();
            labelledPairs += section.pairs().size();
            Set<String> labelledAlone = singles(section.lower().size(), section.higher().size(), section.pairs());
            Set<String> predictedAlone = singles(section.lower().size(), section.higher().size(), predicted);
            labelledSingles += labelledAlone.size();
            predictedSingles += predictedAlone.size();
            trueSingles += (int) predictedAlone.stream().filter(labelledAlone::contains).count();
        }
        double pairPrecision = ratio(truePairs, predictedPairs);
        double pairRecall = ratio(truePairs, labelledPairs);
        double singlePrecision = ratio(trueSingles, predictedSingles);
        double singleRecall = ratio(trueSingles, labelledSingles);
        System.out.printf("Bullet alignment on %d labelled bullets (%d pairs, %d singletons):%n"
                        + "  pairs      precision %.3f  recall %.3f%n  singletons precision %.3f  recall %.3f%n",
                bullets, labelledPairs, labelledSingles, pairPrecision, pairRecall, singlePrecision, singleRecall);
        misses.forEach(miss -> System.out.println("  " + miss));
        assertTrue(labelledPairs + labelledSingles >= 60, "the fixture has at least 60 pairs and singletons");
        assertTrue(pairPrecision >= 0.9, "pair precision " + pairPrecision + "; " + misses);
        assertTrue(pairRecall >= 0.9, "pair recall " + pairRecall + "; " + misses);
        assertTrue(singlePrecision >= 0.9, "singleton precision " + singlePrecision);
        assertTrue(singleRecall >= 0.9, "singleton recall " + singleRecall);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1 : (double) part / whole;
    }

    /** The bullets in no pair, as "-3" (lower) and "+2" (higher). */
    private static Set<String> singles(int lower, int higher, Set<String> pairs) {
        Set<String> alone = new HashSet<>();
        for (int i = 1; i <= lower; i++) {
            alone.add("-" + i);
        }
        for (int j = 1; j <= higher; j++) {
            alone.add("+" + j);
        }
        for (String pair : pairs) {
            String[] ends = pair.split("=");
            alone.remove("-" + ends[0]);
            alone.remove("+" + ends[1]);
        }
        return alone;
    }

    private static String html(List<String> bullets) {
        String markdown = String.join("\n", bullets.stream().map(bullet -> "- " + bullet).toList());
        return MARKDOWN.html(MARKDOWN.parseWhole(markdown, 1).intro());
    }

    private static List<Labelled> labelled() throws IOException {
        String text;
        try (InputStream in = AlignmentLabelsTest.class.getResourceAsStream("alignment-labels.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Labelled> sections = new ArrayList<>();
        String title = null;
        List<String> lower = new ArrayList<>();
        List<String> higher = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("== ")) {
                title = line.substring(3);
                lower = new ArrayList<>();
                higher = new ArrayList<>();
            } else if (line.startsWith("- ") || line.startsWith("+ ")) {
                String bullet = line.substring(line.indexOf(' ', 2) + 1);
                (line.startsWith("-") ? lower : higher).add(bullet);
            } else if (line.startsWith("pairs:")) {
                String pairs = line.substring("pairs:".length()).strip();
                sections.add(new Labelled(title, lower, higher,
                        pairs.isEmpty() ? Set.of() : Set.of(pairs.split(" +"))));
            }
        }
        return sections;
    }
}
