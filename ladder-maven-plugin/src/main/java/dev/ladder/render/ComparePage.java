package dev.ladder.render;

import dev.ladder.model.ComparePairs;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.Track;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code <track>/compare-<lower>-<higher>.html}: two levels side by side, competency by competency,
 * with what changes bullet by bullet, through the levels between them. One page for every pair that
 * {@link ComparePairs} compares at the build's reach, lower first.
 */
public final class ComparePage implements PageType {

    private final int reach;

    /** @param reach how many levels up each level is compared with ({@link ComparePairs}) */
    public ComparePage(int reach) {
        this.reach = reach;
    }

    @Override
    public List<Page> pages(Ladder ladder) {
        List<Page> pages = new ArrayList<>();
        for (Track track : ladder.tracks()) {
            List<Level> levels = track.levels();
            for (ComparePairs.Pair pair : ComparePairs.of(levels.size(), reach)) {
                LevelComparison comparison = LevelComparison.of(track, pair.lower(), pair.higher(),
                        ladder.home().cumulative());
                pages.add(new Page(track.slug() + "/" + comparison.page(), "compare.ftlh", track.file(),
                        Map.of("track", track, "comparison", comparison)));
            }
        }
        return pages;
    }
}
