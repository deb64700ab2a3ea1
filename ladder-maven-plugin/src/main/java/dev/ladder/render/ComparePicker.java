package dev.ladder.render;

import dev.ladder.model.ComparePairs;
import dev.ladder.model.Level;
import dev.ladder.model.Track;

import java.util.ArrayList;
import java.util.List;

/**
 * The compare pages a track has, as its picker lists them: for each level, the levels above it it is
 * compared with and the address of each page, relative to the track's folder. Made from
 * {@link ComparePairs}, the rule {@link ComparePage} makes its pages by, so a picker lists exactly the
 * pages that exist.
 *
 * @param reach    how many levels up each level is compared with in this track
 * @param allPairs whether every pair of the track's levels is compared
 * @param nextOnly whether the track is longer than {@link ComparePairs#FULL_REACH_UP_TO} levels, so that
 *                 each level is compared with the next only, whatever the reach asked for
 * @param rows     one per level compared with another, lower levels first; empty for a track of one level
 */
public record ComparePicker(int reach, boolean allPairs, boolean nextOnly, List<Row> rows) {

    /** A level and the levels above it it is compared with, nearest first. */
    public record Row(Level lower, List<Link> links) {
    }

    /** A compare page: the higher of its two levels and its address in the track's folder. */
    public record Link(Level higher, String page) {
    }

    /** The compare pages of {@code track} at the build's {@code reach}. */
    public static ComparePicker of(Track track, int reach) {
        List<Level> levels = track.levels();
        List<Row> rows = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        int lower = -1;
        for (ComparePairs.Pair pair : ComparePairs.of(levels.size(), reach)) {
            if (pair.lower() != lower && lower >= 0) {
                rows.add(new Row(levels.get(lower), List.copyOf(links)));
                links.clear();
            }
            lower = pair.lower();
            Level higher = levels.get(pair.higher());
            links.add(new Link(higher, levels.get(lower).comparePage(higher)));
        }
        if (lower >= 0) {
            rows.add(new Row(levels.get(lower), List.copyOf(links)));
        }
        return new ComparePicker(ComparePairs.reach(levels.size(), reach),
                ComparePairs.allPairs(levels.size(), reach), levels.size() > ComparePairs.FULL_REACH_UP_TO,
                List.copyOf(rows));
    }
}
