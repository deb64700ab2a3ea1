package dev.ladder.read;

import dev.ladder.load.Document;
import dev.ladder.problem.Problems;

/**
 * The documented cap on levels per track. Every page of a track is linear in its levels, but a
 * track of thousands is a generated or pasted file, not a career ladder, and would take minutes and
 * gigabytes to build; it is refused at its {@code levels} field before any level file is read.
 */
final class LevelCount {

    static final int MAX_LEVELS = 1_000;

    private LevelCount() {
    }

    /** @return whether a track listing {@code count} levels may be built; reports it when not */
    static boolean allowed(Document track, Fields fields, int count, Problems found) {
        if (count <= MAX_LEVELS) {
            return true;
        }
        found.error(track.file(), fields.line("levels"), fields.valueColumn("levels"), "'levels' lists " + count
                + " levels, more than the " + MAX_LEVELS + " a track may have; split the track into several");
        return false;
    }
}
