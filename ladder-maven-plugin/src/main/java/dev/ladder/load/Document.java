package dev.ladder.load;

import java.nio.file.Path;
import java.util.Map;

/**
 * A content file split into its front matter and its Markdown body.
 *
 * @param fields   the front-matter keys in file order
 * @param body     the Markdown after the closing {@code ---}
 * @param bodyLine 1-based line in the file where the body starts
 */
public record Document(SourceText source, Map<String, FrontMatterField> fields, String body, int bodyLine) {

    public Path file() {
        return source.file();
    }
}
