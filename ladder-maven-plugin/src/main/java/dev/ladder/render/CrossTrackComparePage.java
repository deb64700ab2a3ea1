package dev.ladder.render;

import dev.ladder.model.GradePairs;
import dev.ladder.model.Ladder;

import java.util.List;
import java.util.Map;

/**
 * {@code <track>/compare-<level>-with-<other track>-<other level>.html}: two levels at one grade in
 * different tracks side by side, for someone moving between the tracks. One page for every pair that
 * {@link GradePairs} compares; none when the ladder declares no grades.
 */
public final class CrossTrackComparePage implements PageType {

    @Override
    public List<Page> pages(Ladder ladder) {
        return GradePairs.of(ladder).stream()
                .map(pair -> new Page(pair.path(), "compare-tracks.ftlh", pair.first().level().file(),
                        Map.of("comparison", new TrackComparison(pair))))
                .toList();
    }
}
