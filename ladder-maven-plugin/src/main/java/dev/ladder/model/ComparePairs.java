package dev.ladder.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Which pairs of a track's levels get a compare page. A track of up to {@link #ALL_PAIRS_UP_TO}
 * levels gets one for every pair, lower first: n(n-1)/2 pages. A longer track gets one for each
 * level and the next only, so that the site grows in step with the ladder, not with its square
 * (100 levels made 4,950 compare pages and 1.8 GB before).
 */
public final class ComparePairs {

    /** The most levels a track may have and still get a compare page for every pair. */
    public static final int ALL_PAIRS_UP_TO = 20;

    private ComparePairs() {
    }

    /** Two levels of a track by their places in ladder order, {@code lower < higher}. */
    public record Pair(int lower, int higher) {
    }

    /** Whether a track of {@code levels} levels compares every pair, not only neighbours. */
    public static boolean allPairs(int levels) {
        return levels <= ALL_PAIRS_UP_TO;
    }

    /** The pairs compared in a track of {@code levels} levels, in page order. */
    public static List<Pair> of(int levels) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < levels; i++) {
            int last = allPairs(levels) ? levels - 1 : Math.min(i + 1, levels - 1);
            for (int j = i + 1; j <= last; j++) {
                pairs.add(new Pair(i, j));
            }
        }
        return pairs;
    }
}
