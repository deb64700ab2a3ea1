package dev.ladder.render;

import dev.ladder.model.Level;
import dev.ladder.model.Track;
import dev.ladder.words.BulletAlignment;
import dev.ladder.words.SectionBullets;

import java.lang.ref.WeakReference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The bullet alignments of a track's neighbouring levels, competency by competency, made once and shared by
 * the track page, the level pages and every compare page (which chain them): a track of n levels and c
 * competencies needs (n-1)c alignments, however many pages read them.
 *
 * <p>Only the tracks used most recently are kept ({@link #TRACKS_KEPT}), so that memory stays bounded by
 * the model and the pages in flight: kept for the whole build, every track's alignments (their bullets,
 * words and diffs) came to about 0.8 MB per 10-level track of 7 competencies, a few times the model itself,
 * and a large ladder built under {@code -Xmx256m} spent much of its time collecting garbage. {@link SiteRenderer} renders a
 * folder's pages one after another, so a track's alignments are made about once per build; a track
 * dropped and needed again is aligned again, with the same result.
 */
final class TrackAlignments {

    /**
     * Enough for every worker to be on a track of its own, and as many again for a worker that moves to the
     * next folder while another finishes the last one; at least four.
     */
    static final int TRACKS_KEPT = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

    /** By track identity: records compare by value, and hashing a whole track is slow and pointless here. */
    private static final Map<Identity, TrackAlignments> RECENT = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Identity, TrackAlignments> eldest) {
            return size() > TRACKS_KEPT;
        }
    };

    /**
     * A track, weakly: a build that has ended leaves at most {@link #TRACKS_KEPT} entries behind (a live
     * preview builds again and again), and those whose track is gone are dropped at the next look-up.
     */
    private static final class Identity {
        private final WeakReference<Track> track;
        private final int hash;

        Identity(Track track) {
            this.track = new WeakReference<>(track);
            this.hash = System.identityHashCode(track);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Identity identity && identity.hash == hash && identity.track.get() == track.get()
                    && track.get() != null;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** The track's levels; not the track itself, which must stay collectable as the map's key. */
    private final List<Level> levels;
    private final int competencies;
    private final AtomicReferenceArray<BulletAlignment> steps;

    private TrackAlignments(List<Level> levels) {
        this.levels = levels;
        this.competencies = levels.isEmpty() ? 0 : levels.get(0).sections().size();
        this.steps = new AtomicReferenceArray<>(Math.max(0, levels.size() - 1) * competencies);
    }

    /** The track's alignments: those already made, if it was used recently. Hold them for one page at most. */
    static TrackAlignments of(Track track) {
        synchronized (RECENT) {
            RECENT.keySet().removeIf(key -> key.track.get() == null);
            return RECENT.computeIfAbsent(new Identity(track), key -> new TrackAlignments(track.levels()));
        }
    }

    /** The alignment of level {@code lower} (by place in the track) with the next level, for one competency. */
    BulletAlignment step(int lower, int competency) {
        int at = lower * competencies + competency;
        BulletAlignment alignment = steps.get(at);
        if (alignment == null) {
            // Two threads may both compute it; they get equal results, and either may stay.
            alignment = BulletAlignment.of(SectionBullets.of(levels.get(lower).sections().get(competency).html()),
                    SectionBullets.of(levels.get(lower + 1).sections().get(competency).html()));
            steps.compareAndSet(at, null, alignment);
        }
        return alignment;
    }
}
