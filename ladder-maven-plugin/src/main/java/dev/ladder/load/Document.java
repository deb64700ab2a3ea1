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

    /** The document of {@code source} whose body starts at line {@code bodyLine}: the body cut from the text again. */
    public static Document cut(SourceText source, Map<String, FrontMatterField> fields, int bodyLine) {
        String text = source.text();
        int start = 0;
        for (int line = 1; line < bodyLine && start >= 0; line++) {
            int newline = text.indexOf('\n', start);
            start = newline < 0 ? -1 : newline + 1;
        }
        return new Document(source, fields, start < 0 ? "" : text.substring(start), bodyLine);
    }
}
