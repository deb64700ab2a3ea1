package dev.ladder.load;

import java.nio.file.Path;

/**
 * The text of one content file, decoded and with line endings normalised to {@code \n},
 * so that every later line number is counted the same way whatever editor wrote the file.
 *
 * @param file absolute path of the file
 */
public record SourceText(Path file, String text) {
}
