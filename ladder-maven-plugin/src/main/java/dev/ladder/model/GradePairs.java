package dev.ladder.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which levels at one grade in different tracks get a page comparing them, and that page's address.
 * A grade with up to {@link #ALL_PAIRS_UP_TO} levels across the tracks gets a page for every pair of
 * levels in different tracks. A grade with more compares each level only with the next level of another
 * track, in ladder order, so that the site grows in step with the ladder, not with the square of its
 * tracks (a hundred tracks at one grade would otherwise make 4,950 pages for that grade alone).
 */
public final class GradePairs {

    /** The most levels one grade may have across the tracks and still compare every pair. */
    public static final int ALL_PAIRS_UP_TO = 12;

    private GradePairs() {
    }

    /** Two levels at one grade by their places in the grade's list, {@code first < second}. */
    public record Pair(int first, int second) {
    }

    /** A level with its track. */
    public record Placed(Track track, Level level) {
    }

    /** Two levels at one grade in different tracks, the first in the track that comes first on the site. */
    public record Compared(Placed first, Placed second) {

        /** The compare page's site path. */
        public String path() {
            return GradePairs.path(first.track().slug(), first.level().slug(), second.track().slug(),
                    second.level().slug());
        }
    }

    /**
     * The levels at each grade, in one pass over the ladder: every declared grade in order, lowest first,
     * each with its levels, the tracks in the site's order and each track's levels in ladder order.
     */
    public static Map<Grade, List<Placed>> byGrade(Ladder ladder) {
        Map<Grade, List<Placed>> byGrade = new LinkedHashMap<>();
        ladder.home().grades().forEach(grade -> byGrade.put(grade, new ArrayList<>()));
        for (Track track : ladder.tracks()) {
            for (Level level : track.levels()) {
                if (level.grade() != null) {
                    byGrade.get(level.grade()).add(new Placed(track, level));
                }
            }
        }
        return byGrade;
    }

    /** Every pair compared, grade by grade, lowest grade first. */
    public static List<Compared> of(Ladder ladder) {
        List<Compared> compared = new ArrayList<>();
        for (List<Placed> levels : byGrade(ladder).values()) {
            for (Pair pair : among(levels.stream().map(Placed::track).toList())) {
                compared.add(new Compared(levels.get(pair.first()), levels.get(pair.second())));
            }
        }
        return compared;
    }

    /** Whether a grade with {@code levels} levels across the tracks compares every pair. */
    public static boolean allPairs(int levels) {
        return levels <= ALL_PAIRS_UP_TO;
    }

    /**
     * @param tracks the track of each level at the grade (any value that is equal for the same track), in
     *               ladder order: the levels of one track together, tracks in the site's order
     * @return the pairs compared, in page order
     */
    public static List<Pair> among(List<?> tracks) {
        List<Pair> pairs = new ArrayList<>();
        boolean all = allPairs(tracks.size());
        for (int i = 0; i < tracks.size(); i++) {
            for (int j = i + 1; j < tracks.size(); j++) {
                if (tracks.get(j).equals(tracks.get(i))) {
                    continue;
                }
                pairs.add(new Pair(i, j));
                if (!all) {
                    break;
                }
            }
        }
        return pairs;
    }

    /**
     * The site path of the page comparing a level with one of another track at its grade: in the folder of
     * the first level's track, {@code compare-<level>-with-<other track>-<other level>.html}. The one place
     * it is made, for the pages, the links to them and the check that no other page takes the name.
     */
    public static String path(String firstTrack, String firstLevel, String secondTrack, String secondLevel) {
        return firstTrack + "/compare-" + firstLevel + "-with-" + secondTrack + "-" + secondLevel + ".html";
    }
}
