package dev.ladder.model;

import java.util.List;

/**
 * The whole validated content: what every page is rendered from. Tracks are ordered by family, then title.
 *
 * @param changelog the ladder's {@code CHANGELOG.md}, or {@code null} when it has none
 */
public record Ladder(Home home, List<Track> tracks, Changelog changelog) {

    /** A ladder without a changelog. */
    public Ladder(Home home, List<Track> tracks) {
        this(home, tracks, null);
    }

    public int levelCount() {
        return tracks.stream().mapToInt(track -> track.levels().size()).sum();
    }
}
