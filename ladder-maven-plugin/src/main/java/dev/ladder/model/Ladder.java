package dev.ladder.model;

import java.util.List;

/** The whole validated content: what every page is rendered from. Tracks are ordered by family, then title. */
public record Ladder(Home home, List<Track> tracks) {

    public int levelCount() {
        return tracks.stream().mapToInt(track -> track.levels().size()).sum();
    }
}
