package dev.ladder.render;

import dev.ladder.model.Ladder;

import java.util.List;
import java.util.Map;

/** {@code <track>/print.html}: the whole track in one document, so one print command gives the whole ladder. */
public final class BookletPage implements PageType {

    @Override
    public List<Page> pages(Ladder ladder) {
        return ladder.tracks().stream()
                .map(track -> new Page(track.slug() + "/print.html", "print.ftlh", track.file(),
                        Map.of("track", track)))
                .toList();
    }
}
