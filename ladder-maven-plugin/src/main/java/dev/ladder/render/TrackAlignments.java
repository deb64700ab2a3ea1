package dev.ladder.render;

import dev.ladder.model.Level;
import dev.ladder.model.Track;
import dev.ladder.words.BulletAlignment;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The bullet alignments of a track's neighbouring levels, competency by competency, each made once per
 * build and shared by the track page, the level pages and every compare page (which chain them): a
 * track of n levels and c competencies needs (n-1)c alignments, however many pages read them.
 *
 * <p>Kept for as long as the build's model holds the track (weakly keyed), so nothing outlives a build.
 */
final class TrackAlignments {

    private static final Map<Track, TrackAlignments> BUILDS = Collections.synchronizedMap(new WeakHashMap<>());

    /** The track's levels; not the track itself, which must stay collectable as the map's key. */
    private final List<Level> levels;
    private final int competencies;
    private final AtomicReferenceArray<BulletAlignment> steps;

    private TrackAlignments(List<Level> levels) {
        this.levels = levels;
        this.competencies = levels.isEmpty() ? 0 : levels.get(0).sections().size();
        this.steps = new AtomicReferenceArray<>(Math.max(0, levels.size() - 1) * competencies);
    }

    static TrackAlignments of(Track track) {
        return BUILDS.computeIfAbsent(track, key -> new TrackAlignments(key.levels()));
    }

    /** The alignment of level {@code lower} (by place in the track) with the next level, for one competency. */
    BulletAlignment step(int lower, int competency) {
        int at = lower * competencies + competency;
        BulletAlignment alignment = steps.get(at);
        if (alignment == null) {
            // Two threads may both compute it; they get equal results, and either may stay.
            alignment = BulletAlignment.of(
                    dev.ladder.words.SectionBullets.of(levels.get(lower).sections().get(competency).html()),
                    dev.ladder.words.SectionBullets.of(levels.get(lower + 1).sections().get(competency).html()));
            steps.compareAndSet(at, null, alignment);
        }
        return alignment;
    }

    List<Level> levels() {
        return levels;
    }
}
