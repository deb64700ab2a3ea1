package dev.ladder.render;

import dev.ladder.model.Ladder;

import java.util.List;
import java.util.Map;

/** {@code <track>/matrix.html}: every competency against every level of a track. */
public final class MatrixPage implements PageType {

    @Override
    public List<Page> pages(Ladder ladder) {
        return ladder.tracks().stream()
                .map(track -> new Page(track.slug() + "/matrix.html", "matrix.ftlh", track.file(),
                        Map.of("track", track)))
                .toList();
    }
}
