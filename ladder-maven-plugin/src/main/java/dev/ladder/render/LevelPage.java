package dev.ladder.render;

import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.Track;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code <track>/<level>.html}: one level's full profile, with its neighbours on the ladder. */
public final class LevelPage implements PageType {

    @Override
    public List<Page> pages(Ladder ladder) {
        List<Page> pages = new ArrayList<>();
        for (Track track : ladder.tracks()) {
            List<Level> levels = track.levels();
            for (int i = 0; i < levels.size(); i++) {
                Map<String, Object> data = new HashMap<>();
                data.put("track", track);
                data.put("level", levels.get(i));
                if (i > 0) {
                    data.put("previous", levels.get(i - 1));
                    data.put("changes", LevelComparison.of(levels.get(i - 1), levels.get(i)));
                }
                if (i + 1 < levels.size()) {
                    data.put("next", levels.get(i + 1));
                }
                pages.add(new Page(track.slug() + "/" + levels.get(i).page(), "level.ftlh",
                        levels.get(i).file(), Map.copyOf(data)));
            }
        }
        return pages;
    }
}
