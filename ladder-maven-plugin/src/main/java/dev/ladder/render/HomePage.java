package dev.ladder.render;

import dev.ladder.model.Ladder;
import dev.ladder.model.Track;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code index.html}: the families, their tracks and each track's levels. */
public final class HomePage implements PageType {

    /** A job family and its tracks, as the home page groups them. */
    public record Family(String name, List<Track> tracks) {
    }

    @Override
    public List<Page> pages(Ladder ladder) {
        Map<String, List<Track>> families = new LinkedHashMap<>();
        for (Track track : ladder.tracks()) {
            families.computeIfAbsent(track.family(), name -> new ArrayList<>()).add(track);
        }
        List<Family> grouped = families.entrySet().stream()
                .map(entry -> new Family(entry.getKey(), List.copyOf(entry.getValue())))
                .toList();
        Map<String, Object> data = ladder.home().grades().isEmpty() ? Map.of("families", grouped)
                : Map.of("families", grouped, "grid", GradeGrid.of(ladder));
        return List.of(new Page("index.html", "home.ftlh", ladder.home().file(), data));
    }
}
