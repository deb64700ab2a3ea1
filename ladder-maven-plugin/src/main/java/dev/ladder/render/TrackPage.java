package dev.ladder.render;

import dev.ladder.model.Ladder;

import java.util.List;
import java.util.Map;

/** {@code <track>/index.html}: the overview and the ladder of a track. */
public final class TrackPage implements PageType {

    @Override
    public List<Page> pages(Ladder ladder) {
        return ladder.tracks().stream()
                .map(track -> new Page(track.slug() + "/index.html", "track.ftlh", track.file(),
                        Map.of("track", track)))
                .toList();
    }
}
