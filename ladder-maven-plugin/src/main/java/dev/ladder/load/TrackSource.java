package dev.ladder.load;

import java.nio.file.Path;
import java.util.List;

/**
 * A track folder as found on disk.
 *
 * @param index      its {@code _index.md}, or {@code null} when missing or unreadable
 * @param levels     its other Markdown files that could be read, in file-name order
 * @param unreadable its other Markdown files that could not be read, for problems already reported,
 *                   so that their level's code is unknown
 */
public record TrackSource(String slug, Path directory, Document index, List<Document> levels,
                          List<Path> unreadable) {
}
