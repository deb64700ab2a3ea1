package dev.ladder.render;

import dev.ladder.model.GradePairs;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.Track;

import java.util.ArrayList;
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

    /**
     * Each graded level's list, keyed by the level (by identity: a level's record is large, and hashing it
     * would read every section). Linear in the levels at a grade whatever their number: beyond
     * {@link GradePairs#ALL_PAIRS_UP_TO} a level lists only the levels it is compared with.
     */
    static Map<Level, SameGrade> of(Ladder ladder) {
        Map<Level, List<Other>> compared = new IdentityHashMap<>();
        for (GradePairs.Compared pair : GradePairs.of(ladder)) {
            compared.computeIfAbsent(pair.first().level(), level -> new ArrayList<>())
                    .add(new Other(pair.second().track(), pair.second().level(), pair.path()));
            compared.computeIfAbsent(pair.second().level(), level -> new ArrayList<>())
                    .add(new Other(pair.first().track(), pair.first().level(), pair.path()));
        }
        Map<Level, SameGrade> result = new IdentityHashMap<>();
        for (List<GradePairs.Placed> at : GradePairs.byGrade(ladder).values()) {
            Map<Track, Integer> ownTrack = new IdentityHashMap<>();
            at.forEach(placed -> ownTrack.merge(placed.track(), 1, Integer::sum));
            for (GradePairs.Placed placed : at) {
                List<Other> others = new ArrayList<>();
                if (GradePairs.allPairs(at.size())) {
                    // Every level of another track, in the grid's order, each with its compare page.
                    Map<Level, String> pages = new IdentityHashMap<>();
                    compared.getOrDefault(placed.level(), List.of()).forEach(other -> pages.put(other.level(),
                            other.comparePage()));
                    at.stream().filter(other -> other.track() != placed.track())
                            .forEach(other -> others.add(new Other(other.track(), other.level(),
                                    pages.getOrDefault(other.level(), ""))));
                } else {
                    others.addAll(compared.getOrDefault(placed.level(), List.of()));
                }
                result.put(placed.level(), new SameGrade(List.copyOf(others),
                        at.size() - ownTrack.get(placed.track())));
            }
        }
        return result;
    }
}
