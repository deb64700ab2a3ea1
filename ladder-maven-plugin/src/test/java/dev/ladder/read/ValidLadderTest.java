package dev.ladder.read;

import dev.ladder.BuildResult;
import dev.ladder.LadderFixture;
import dev.ladder.SiteGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fixture every catalogue case breaks is itself valid, so each case's problems are its own. */
class ValidLadderTest {

    @TempDir
    Path dir;

    @Test
    void fixtureLadderChecksCleanAndWritesNothing() {
        LadderFixture ladder = LadderFixture.in(dir);

        BuildResult result = SiteGenerator.check(ladder.options());

        assertEquals(List.of(), ladder.lines(result));
        assertEquals(1, result.tracks());
        assertEquals(2, result.levels());
        assertFalse(result.written());
        assertFalse(Files.exists(ladder.path("site")));
    }

    @Test
    void fixtureLadderBuilds() {
        LadderFixture ladder = LadderFixture.in(dir);

        BuildResult result = SiteGenerator.build(ladder.options());

        assertEquals(List.of(), ladder.lines(result));
        assertTrue(result.written());
        assertTrue(Files.isRegularFile(ladder.path("site/eng/p1.html")));
        assertTrue(Files.isRegularFile(ladder.path("site/eng/p2.html")));
    }
}
