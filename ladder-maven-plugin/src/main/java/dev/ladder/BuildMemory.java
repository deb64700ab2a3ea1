package dev.ladder;

import dev.ladder.load.ContentTree;
import dev.ladder.model.Ladder;
import dev.ladder.read.LevelMemory;
import dev.ladder.render.SitePlan;

/**
 * What a build keeps for the next one: none for {@code ladder:build}, whose output records a fingerprint of
 * its inputs instead; the live preview's {@link PreviewSite} remembers what it read and what it rendered.
 */
interface BuildMemory {

    BuildMemory NONE = new BuildMemory() {
    };

    /** The content as a build reads it: {@code disk}, or a tree that remembers it. */
    default ContentTree tree(ContentTree disk) {
        return disk;
    }

    default LevelMemory levels() {
        return LevelMemory.NONE;
    }

    /** The plan a build renders: {@code plan}, or one whose data files write through a memory of their text. */
    default SitePlan planned(SitePlan plan) {
        return plan;
    }

    /** Whether the build fingerprints its inputs, to skip a build when nothing changed. */
    default boolean fingerprints() {
        return true;
    }

    /**
     * Told of each build that wrote the site.
     *
     * @param clean whether rendering it found no problem, so that no page left unrendered next time hides one
     */
    default void built(Ladder ladder, SitePlan plan, boolean clean) {
    }
}
