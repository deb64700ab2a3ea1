package dev.ladder;

import dev.ladder.load.RememberedTree;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a set of changed source files is to the live preview: new text in Markdown files it read before,
 * which only those files' pages and the pages showing them can reflect; a change to the templates, which
 * every page may reflect; or files and folders added, removed or renamed, after which nothing read before
 * is trusted.
 */
final class SourceChanges {

    enum Kind { TEXT, TEMPLATES, STRUCTURE }

    /**
     * A template that reads the ladder beyond its home page and changelog (such as a menu of every track)
     * makes any page show any level, so that no change affects only some pages.
     */
    private static final Pattern WHOLE_LADDER = Pattern.compile("\\bladder\\.(?!home\\b|changelog\\b)");

    private final BuildOptions options;
    private final RememberedTree tree;

    SourceChanges(BuildOptions options, RememberedTree tree) {
        this.options = options;
        this.tree = tree;
    }

    /** @param changed the paths the watch reported; none for the first build */
    Kind classify(Set<Path> changed) {
        if (changed.isEmpty()) {
            return Kind.STRUCTURE;
        }
        Kind kind = Kind.TEXT;
        for (Path path : changed) {
            if (options.templates() != null && path.startsWith(options.templates())) {
                kind = Kind.TEMPLATES;
            } else if (!path.startsWith(options.content()) || !tree.remembers(path)
                    || !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                return Kind.STRUCTURE;
            }
        }
        return kind;
    }

    /**
     * Whether a build may render only the pages a change affects: not when the site has PDFs (made from the
     * pages staged whole) or older versions, or when a template of the site reads the whole ladder.
     */
    boolean partialAllowed() {
        return !options.pdf() && options.versions().isEmpty() && !templatesReadWholeLadder();
    }

    private boolean templatesReadWholeLadder() {
        Path templates = options.templates();
        if (templates == null || !Files.isDirectory(templates)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(templates)) {
            return files.filter(Files::isRegularFile).anyMatch(file -> {
                try {
                    return WHOLE_LADDER.matcher(Files.readString(file)).find();
                } catch (IOException | java.io.UncheckedIOException e) {
                    return true;
                }
            });
        } catch (IOException e) {
            return true;
        }
    }
}
