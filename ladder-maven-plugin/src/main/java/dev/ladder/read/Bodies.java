package dev.ladder.read;

import dev.ladder.load.Document;
import dev.ladder.load.SourceText;
import dev.ladder.markdown.Markdown;
import dev.ladder.markdown.MarkdownBody;
import dev.ladder.markdown.NestedTooDeeply;
import dev.ladder.problem.Problems;

/** Markdown bodies as every phase of reading parses them: one that nests too deeply is reported, not read. */
final class Bodies {

    private Bodies() {
    }

    /** The document's body after its front matter, or {@code null} when it nests too deeply (reported). */
    static MarkdownBody parse(Markdown markdown, Document document, Problems found) {
        try {
            return markdown.parse(document.body(), document.bodyLine());
        } catch (NestedTooDeeply e) {
            found.error(document.file(), e.line(), e.column(), e.problem());
            return null;
        }
    }

    /** A file that is Markdown from its first line, or {@code null} when it nests too deeply (reported). */
    static MarkdownBody parseWhole(Markdown markdown, SourceText source, Problems found) {
        try {
            return markdown.parseWhole(source.text(), 1);
        } catch (NestedTooDeeply e) {
            found.error(source.file(), e.line(), e.column(), e.problem());
            return null;
        }
    }
}
