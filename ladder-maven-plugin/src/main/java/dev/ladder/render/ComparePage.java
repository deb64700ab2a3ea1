package dev.ladder.render;

import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.Track;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code <track>/compare-<lower>-<higher>.html}: two levels side by side, competency by competency,
 * with the words that change. One page for every pair of levels, lower first: n(n-1)/2 per track.
 */
public final class ComparePage implements PageType {

    @Override
    public List<Page> pages(Ladder ladder) {
        List<Page> pages = new ArrayList<>();
        for (Track track : ladder.tracks()) {
            List<Level> levels = track.levels();
            for (int i = 0; i < levels.size(); i++) {
                for (int j = i + 1; j < levels.size(); j++) {
                    LevelComparison comparison = LevelComparison.of(levels.get(i), levels.get(j));
                    pages.add(new Page(track.slug() + "/" + comparison.page(), "compare.ftlh", track.file(),
                            Map.of("track", track, "comparison", comparison)));
                }
            }
        }
        return pages;
    }
}
