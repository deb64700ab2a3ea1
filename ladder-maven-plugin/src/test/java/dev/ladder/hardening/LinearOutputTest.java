package dev.ladder.hardening;

import dev.ladder.BuildResult;
import dev.ladder.LadderFixture;
import dev.ladder.SiteGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Finding 2 of issue 17: every compare page listed every pair of levels, so 100 levels made 4,950
 * compare pages of 370 KB each (1.8 GB) and 5,000 levels ran out of memory without a word. A track
 * of more than 20 levels now compares neighbours only, its compare pages link to the track page
 * instead of listing pairs, and more than 1,000 levels is an error at the track's 'levels'.
 */
class LinearOutputTest {

    @TempDir
    Path dir;

    private long siteBytes(int levels) throws IOException {
        Path project = dir.resolve("n" + levels);
        LadderFixture ladder = LongTrack.write(LadderFixture.in(project), levels);
        BuildResult built = SiteGenerator.build(ladder.options());
        assertEquals(List.of(), ladder.lines(built));
        try (Stream<Path> files = Files.walk(ladder.path("site"))) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    @Test
    void aLongTrackBuildsInSizeLinearInItsLevels() throws IOException {
        long fifty = siteBytes(50);
        long hundred = siteBytes(100);
        long twoHundred = siteBytes(200);
        double perLevelFrom50 = (hundred - fifty) / 50.0;
        double perLevelFrom100 = (twoHundred - hundred) / 100.0;

        // Each level adds the same: its page, one compare page, its row of the matrix, booklet and index.
        assertTrue(perLevelFrom100 < 1.1 * perLevelFrom50, perLevelFrom50 + " then " + perLevelFrom100 + " bytes per level");
        assertTrue(hundred < 4_000_000, "100 levels made " + hundred + " bytes");
        System.out.printf("Site of one track: %d bytes for 50 levels, %d for 100, %d for 200; %.0f bytes per level%n",
                fifty, hundred, twoHundred, perLevelFrom100);
    }

    @Test
    void aTrackOfMoreThanTwentyLevelsComparesNeighboursOnlyAndSaysSo() throws IOException {
        LadderFixture ladder = LongTrack.write(LadderFixture.in(dir), 21);
        BuildResult built = SiteGenerator.build(ladder.options());
        assertEquals(List.of(), ladder.lines(built));

        List<String> compared;
        try (Stream<Path> files = Files.list(ladder.path("site/eng"))) {
            compared = files.map(file -> file.getFileName().toString()).filter(name -> name.startsWith("compare-"))
                    .sorted().toList();
        }
        assertEquals(20, compared.size(), compared.toString());
        assertTrue(compared.contains("compare-l20-l21.html"));
        assertFalse(compared.contains("compare-l1-l3.html"));
        String track = Files.readString(ladder.path("site/eng/index.html"));
        assertTrue(track.contains("This track has more than 20 levels, so each level is compared with the next one only."));
        String compare = Files.readString(ladder.path("site/eng/compare-l1-l2.html"));
        assertTrue(compare.contains("<a href=\"index.html#compare\">Choose two other levels on the track page</a>"));
        assertFalse(compare.contains("compare-l2-l3.html"), "a compare page still lists the other pairs");
    }

    @Test
    void aTrackOfTwentyLevelsIsComparedAtTheReachAskedFor() throws IOException {
        LadderFixture ladder = LongTrack.write(LadderFixture.in(dir), 20);
        assertEquals(List.of(), ladder.lines(SiteGenerator.build(ladder.options())));
        // The default reach: 19 pages with the next level, 18 with the one after.
        assertEquals(37, comparePages(ladder).size());
        assertTrue(comparePages(ladder).contains("compare-l18-l20.html"));

        assertEquals(List.of(), ladder.lines(SiteGenerator.build(ladder.optionsBuilder().compareReach("all").build())));
        assertEquals(190, comparePages(ladder).size());
        assertTrue(comparePages(ladder).contains("compare-l1-l20.html"));
    }

    @Test
    void aTrackOfMoreThanTwentyLevelsComparesNeighboursOnlyEvenWithEveryPairAskedFor() throws IOException {
        LadderFixture ladder = LongTrack.write(LadderFixture.in(dir), 21);
        BuildResult built = SiteGenerator.build(ladder.optionsBuilder().compareReach("all").build());
        assertEquals(List.of(), ladder.lines(built));

        List<String> compared = comparePages(ladder);
        assertEquals(20, compared.size(), compared.toString());
        assertFalse(compared.contains("compare-l1-l3.html"));
        assertTrue(Files.readString(ladder.path("site/eng/index.html"))
                .contains("This track has more than 20 levels, so each level is compared with the next one only."));
    }

    private static List<String> comparePages(LadderFixture ladder) throws IOException {
        try (Stream<Path> files = Files.list(ladder.path("site/eng"))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.startsWith("compare-"))
                    .sorted().toList();
        }
    }

    @Test
    void aTrackOfFiveThousandLevelsIsRefusedAtItsLevelsField() {
        LadderFixture ladder = LongTrack.write(LadderFixture.in(dir), 5_000);
        List<String> expected = List.of("content/eng/_index.md:3:9: error: 'levels' lists 5000 levels, more than the "
                + "1000 a track may have; split the track into several");

        assertEquals(expected, ladder.check());
        BuildResult built = SiteGenerator.build(ladder.options());
        assertEquals(expected, ladder.lines(built));
        assertFalse(built.written());
    }
}
