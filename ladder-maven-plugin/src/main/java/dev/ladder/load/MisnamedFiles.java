package dev.ladder.load;

import dev.ladder.problem.Problems;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises a level file saved under another extension, which the ladder would otherwise pass over in
 * silence: editors' tools save {@code .markdown}, {@code .MD} or {@code .txt} as readily as {@code .md}.
 */
final class MisnamedFiles {

    /** Extensions that only ever mean Markdown. */
    private static final Set<String> MARKDOWN = Set.of("md", "markdown", "mdown", "mkd", "mkdn", "mdwn");
    /** Extensions of plain text: such a file is a level only when it starts with front matter. */
    private static final Set<String> TEXT = Set.of("txt", "text");

    private MisnamedFiles() {
    }

    static boolean looksLikeALevel(ContentTree tree, Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || tree.kind(file) != ContentTree.Kind.FILE) {
            return false;
        }
        String extension = name.substring(dot + 1);
        String lower = extension.toLowerCase(Locale.ROOT);
        if (MARKDOWN.contains(lower)) {
            return !extension.equals("md"); // ".md" itself is a level file, not a misnamed one
        }
        // Read through the tree, so its size and link checks hold; what it finds wrong is not this file's
        // problem to report, since the file is not part of the ladder.
        return TEXT.contains(lower) && tree.read(file, new Problems())
                .map(text -> text.text().startsWith(FrontMatterParser.FENCE + "\n")).orElse(false);
    }
}
