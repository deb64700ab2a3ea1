package dev.ladder.render;

import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.Track;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** {@code <track>/<level>.html}: one level's full profile, with its neighbours on the ladder. */
public final class LevelPage implements PageType {

    @Override
    public List<Page> pages(Ladder ladder) {
        Map<Level, SameGrade> sameGrade = SameGrade.of(ladder);
        return ladder.tracks().stream()
                .flatMap(track -> IntStream.range(0, track.levels().size())
                        .mapToObj(i -> page(track, i, ladder.home().cumulative(), sameGrade)))
                .toList();
    }

    /** The page of the track's level at {@code index}, with the levels below and above it. */
    private static Page page(Track track, int index, boolean cumulative, Map<Level, SameGrade> sameGrade) {
        List<Level> levels = track.levels();
        Level level = levels.get(index);
        Map<String, Object> data = new HashMap<>();
        data.put("track", track);
        data.put("level", level);
        if (index > 0) {
            data.put("previous", levels.get(index - 1));
            data.put("changes", LevelComparison.of(track, index - 1, index, cumulative));
        }
        if (index + 1 < levels.size()) {
            data.put("next", levels.get(index + 1));
        }
        if (sameGrade.containsKey(level)) {
            data.put("sameGrade", sameGrade.get(level));
        }
        return new Page(track.slug() + "/" + level.page(), "level.ftlh", level.file(), Map.copyOf(data));
    }
}
