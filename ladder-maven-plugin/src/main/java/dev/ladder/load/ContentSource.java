package dev.ladder.load;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything read from a content folder, before validation.
 *
 * @param home      {@code _index.md} at the top, or {@code null} when missing or unreadable
 * @param tracks    the track folders in name order
 * @param changelog {@code CHANGELOG.md} at the top, or {@code null} when absent or unreadable
 */
public record ContentSource(Path directory, Document home, List<TrackSource> tracks, SourceText changelog) {

    public ContentSource(Path directory, Document home, List<TrackSource> tracks) {
        this(directory, home, tracks, null);
    }
}
