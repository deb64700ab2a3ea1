package dev.ladder.words;

import dev.ladder.markdown.Markdown;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BulletAlignmentTest {

    private static final Markdown MARKDOWN = new Markdown(false);

    private static String html(String markdown) {
        return MARKDOWN.html(MARKDOWN.parseWhole(markdown, 1).intro());
    }

    private static BulletAlignment align(String lower, String higher) {
        return BulletAlignment.between(html(lower), html(higher));
    }

    private static List<String> pairs(BulletAlignment alignment) {
        return alignment.pairs().stream().map(pair -> pair.lower() + "=" + pair.higher()).toList();
    }

    @Test
    void sectionsSplitIntoTopLevelItemsAndBlocks() {
        List<Bullet> bullets = SectionBullets.of(html("""
                Intro paragraph.

                - First, with **emphasis**.
                - Second
                  - a sub-point that stays with it
                - Third

                A closing paragraph."""));

        assertEquals(List.of("<p>Intro paragraph.</p>", "First, with <strong>emphasis</strong>.",
                "Second\n<ul>\n<li>a sub-point that stays with it</li>\n</ul>", "Third", "<p>A closing paragraph.</p>"),
                bullets.stream().map(Bullet::html).toList());
    }

    @Test
    void reorderedBulletsAreNoChange() {
        BulletAlignment alignment = align("- Writes tests for their code.\n- Reviews pull requests.\n- Fixes bugs.",
                "- Fixes bugs.\n- Writes tests for their code.\n- Reviews pull requests.");

        assertEquals(List.of("2=0", "0=1", "1=2"), pairs(alignment));
        assertTrue(alignment.changedPairs().isEmpty());
        assertTrue(alignment.added().isEmpty());
        assertTrue(alignment.left().isEmpty());
    }

    @Test
    void aGrownBulletPairsWithItsChangedWordsAndUnlikeOnesStayApart() {
        BulletAlignment alignment = align("- Writes unit tests for the code they change.\n- Attends stand-up.",
                "- Mentors two engineers.\n- Writes unit and integration tests for the services they own.");

        assertEquals(List.of("0=1"), pairs(alignment));
        assertEquals(List.of(0), alignment.added());
        assertEquals(List.of(1), alignment.left());
        WordDiff diff = alignment.pairs().get(0).diff();
        assertTrue(diff.blocks().get(0).spans().stream().anyMatch(span -> span.change() == WordDiff.Change.ADDED
                && span.text().contains("integration")), diff.toString());
    }

    @Test
    void theAssignmentIsOptimalNotBestFirst() {
        // Best first would give row 0 column 0 (0.9) and leave row 1 nothing; the optimum is 0.8 + 0.7.
        int[] columns = OptimalAssignment.maximising(new double[][] {{0.9, 0.8}, {0.7, 0}});

        assertArrayEquals(new int[] {1, 0}, columns);
        assertArrayEquals(new int[] {0, -1, 1}, OptimalAssignment.maximising(new double[][] {{1, 0}, {0, 0}, {0, 1}}));
    }

    @Test
    void equalScoresKeepBulletsInTheirPlaces() {
        BulletAlignment alignment = align("- Reviews code.\n- Reviews code.", "- Reviews code.\n- Reviews code.");

        assertEquals(List.of("0=0", "1=1"), pairs(alignment));
    }

    @Test
    void aMovedAndRewordedBulletIsOneLineInTheDiff() {
        WordDiff diff = BulletDiff.between(html("- Writes tests for their code.\n- Reviews pull requests.\n- Fixes bugs."),
                html("- Reviews pull requests carefully.\n- Fixes bugs.\n- Writes tests for their code."));

        assertEquals(1, diff.changedBlocks().size(), diff.toString());
        assertEquals(List.of(new WordDiff.Span(WordDiff.Change.SAME, "Reviews pull"),
                        new WordDiff.Span(WordDiff.Change.REMOVED, "requests."),
                        new WordDiff.Span(WordDiff.Change.ADDED, "requests carefully.")),
                diff.changedBlocks().get(0).spans());
    }

    @Test
    void longSectionsPairOnlyIdenticalBulletsAndStayLinear() {
        List<String> lower = new ArrayList<>();
        List<String> higher = new ArrayList<>();
        for (int i = 0; i < BulletAlignment.EXACT_UP_TO + 40; i++) {
            lower.add("- Expectation number " + i + " of the level.");
            higher.add("- Expectation number " + (i % 2 == 0 ? i : i + 1000) + " of the level.");
        }
        BulletAlignment alignment = align(String.join("\n", lower), String.join("\n", higher));

        assertEquals((BulletAlignment.EXACT_UP_TO + 40) / 2, alignment.pairs().size());
        assertFalse(alignment.pairs().stream().anyMatch(BulletAlignment.Pair::changed));
    }
}
