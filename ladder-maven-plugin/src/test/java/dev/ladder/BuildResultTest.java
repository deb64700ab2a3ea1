package dev.ladder;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The summary line tells what a build wrote, what it could leave as it was, and how long it took. */
class BuildResultTest {

    @Test
    void aBuildSaysHowManyPagesItWroteAndHowManyWereUnchanged() {
        assertEquals("Ladder: 1 track, 6 levels, 3 pages written, 10 unchanged in 42 ms",
                new BuildResult(List.of(), 1, 6, 13, 42, true, 10).summary());
        assertEquals("Ladder: 2 tracks, 1 level, 1 page written, 0 unchanged in 7 ms",
                new BuildResult(List.of(), 2, 1, 1, 7, true, 0).summary());
    }

    @Test
    void aCheckSaysHowManyPagesItRendered() {
        assertEquals("Ladder: 1 track, 6 levels, 13 pages checked in 42 ms",
                new BuildResult(List.of(), 1, 6, 13, 42, false, 0).summary());
    }
}
