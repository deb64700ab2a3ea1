package dev.ladder.render;

import dev.ladder.model.GradePairs;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.Track;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a level page shows under "Same grade in other tracks": the levels of other tracks at its grade,
 * each with the page comparing the two when there is one. Worked out once per site for every level.
 *
 * @param others       the other tracks' levels at the grade, with their compare pages; at a grade with more
 *                     levels than {@link GradePairs#ALL_PAIRS_UP_TO}, only those with a compare page, so that
 *                     a page's size does not grow with the number of tracks (the grid lists them all)
 * @param othersInGrid how many levels of other tracks the grid shows at this grade
 */
public record SameGrade(List<Other> others, int othersInGrid) {

    /**
     * A level of another track at the same grade.
     *
     * @param comparePage the compare page's site path, or {@code ""} when the two are not compared
     */
    public record Other(Track track, Level level, String comparePage) {
    }

    /** Whether the list leaves out levels the grid shows. */
    public boolean shortened() {
        return others.size() < othersInGrid;
    }

    /** Each graded level's list, keyed by the level. */
    static Map<Level, SameGrade> of(Ladder ladder) {
        Map<String, String> pages = new HashMap<>();
        for (GradePairs.Compared pair : GradePairs.of(ladder)) {
            pages.put(key(pair.first(), pair.second()), pair.path());
            pages.put(key(pair.second(), pair.first()), pair.path());
        }
        // By identity: a level's record is large, and hashing it would read every section.
        Map<Level, SameGrade> result = new IdentityHashMap<>();
        for (var grade : ladder.home().grades()) {
            List<GradePairs.Placed> at = GradePairs.at(ladder.tracks(), grade);
            boolean all = GradePairs.allPairs(at.size());
            for (GradePairs.Placed placed : at) {
                List<Other> others = new ArrayList<>();
                int inGrid = 0;
                for (GradePairs.Placed other : at) {
                    if (other.track() == placed.track()) {
                        continue;
                    }
                    inGrid++;
                    String page = pages.getOrDefault(key(placed, other), "");
                    if (all || !page.isEmpty()) {
                        others.add(new Other(other.track(), other.level(), page));
                    }
                }
                result.put(placed.level(), new SameGrade(List.copyOf(others), inGrid));
            }
        }
        return result;
    }

    private static String key(GradePairs.Placed one, GradePairs.Placed other) {
        return one.track().slug() + "/" + one.level().slug() + " " + other.track().slug() + "/" + other.level().slug();
    }
}
