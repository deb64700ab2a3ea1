package dev.ladder.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Which pairs of a track's levels get a compare page. Each level is compared with the levels up to its
 * <em>reach</em> above it: by default {@link #DEFAULT_REACH}, the next level and the one after, because
 * readers compare their level with the next one or two far more than with any other, and every pair
 * (n(n-1)/2 pages) made compare pages most of a site's bytes. {@link #ALL} restores every pair.
 * A track of more than {@link #FULL_REACH_UP_TO} levels compares each level with the next only, whatever
 * the reach, so that the site grows in step with the ladder, not with its square (100 levels made 4,950
 * compare pages and 1.8 GB before).
 */
public final class ComparePairs {

    /** The most levels a track may have and still be compared at the reach asked for. */
    public static final int FULL_REACH_UP_TO = 20;

    /** The reach of a build that does not set one: the next level and the one after. */
    public static final int DEFAULT_REACH = 2;

    /** The reach that compares every pair of a track's levels. */
    public static final int ALL = Integer.MAX_VALUE;

    /** How the option spells {@link #ALL}. */
    public static final String ALL_WORD = "all";

    private ComparePairs() {
    }

    /** Two levels of a track by their places in ladder order, {@code lower < higher}. */
    public record Pair(int lower, int higher) {
    }

    /** How many levels up each level of a track of {@code levels} levels is compared with. */
    public static int reach(int levels, int reach) {
        return levels > FULL_REACH_UP_TO ? 1 : reach;
    }

    /** Whether a track of {@code levels} levels compares every pair at this reach. */
    public static boolean allPairs(int levels, int reach) {
        return reach(levels, reach) >= levels - 1;
    }

    /** The pairs compared in a track of {@code levels} levels, in page order: by lower level, then higher. */
    public static List<Pair> of(int levels, int reach) {
        int up = reach(levels, reach);
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < levels; i++) {
            int last = (int) Math.min((long) i + up, levels - 1);
            for (int j = i + 1; j <= last; j++) {
                pairs.add(new Pair(i, j));
            }
        }
        return pairs;
    }

    /**
     * The reach an option's text asks for: a whole number from 1 up, or {@code all}; empty for anything
     * else. Surrounding spaces and the case of {@code all} do not matter.
     */
    public static OptionalInt parse(String text) {
        String value = text == null ? "" : text.strip();
        if (value.toLowerCase(Locale.ROOT).equals(ALL_WORD)) {
            return OptionalInt.of(ALL);
        }
        if (value.isEmpty() || value.length() > 9 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalInt.empty();
        }
        int reach = Integer.parseInt(value);
        return reach >= 1 ? OptionalInt.of(reach) : OptionalInt.empty();
    }
}
