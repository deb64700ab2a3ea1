package dev.ladder;

import dev.ladder.write.FileTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteGeneratorTest {

    @TempDir
    Path dir;

    private LadderFixture ladder;

    @BeforeEach
    void writeTwoTracks() {
        ladder = LadderFixture.summarised(dir).withOperationsTrack();
    }

    @Test
    void theSameInputBuildsTheSameBytesWhereverItIsWritten() {
        BuildResult first = SiteGenerator.build(BuildOptions.builder(dir).output(dir.resolve("first")).build());
        BuildResult second = SiteGenerator.build(BuildOptions.builder(dir).output(dir.resolve("out/second")).build());

        assertTrue(first.written() && second.written());
        Map<String, String> tree = FileTree.of(dir.resolve("first"));
        assertEquals(23, tree.size(), tree.keySet().toString());
        assertEquals(tree, FileTree.of(dir.resolve("out/second")));
    }

    @Test
    void theSummaryLineCountsTracksLevelsAndPagesWritten() {
        BuildResult result = SiteGenerator.build(ladder.options());

        // Home, 404, for each track its overview, matrix, booklet, levels and compare pages:
        // 2 + (3 + 2 + 1) + (3 + 1); then ladder.json and the search index.
        assertEquals(14, result.pages());
        assertTrue(result.summary().matches("Ladder: 2 tracks, 3 levels, 14 pages written, 0 unchanged in \\d+ ms"),
                result.summary());
    }

    @Test
    void theSummaryLineSaysOneTrackInTheSingular() {
        BuildResult result = SiteGenerator.build(LadderFixture.summarised(dir.resolve("single")).options());

        assertTrue(result.summary().matches("Ladder: 1 track, 2 levels, 10 pages written, 0 unchanged in \\d+ ms"),
                result.summary());
    }

    @Test
    void theSummaryLineOfACheckSaysThePagesWereCheckedAndNothingIsWritten() {
        BuildResult result = SiteGenerator.check(ladder.options());

        assertFalse(result.written());
        assertTrue(result.summary().matches("Ladder: 2 tracks, 3 levels, 14 pages checked in \\d+ ms"),
                result.summary());
        assertFalse(Files.exists(dir.resolve("site")));
    }
}
