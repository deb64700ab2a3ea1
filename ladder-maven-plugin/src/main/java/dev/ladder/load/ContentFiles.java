package dev.ladder.load;

import dev.ladder.problem.Problems;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A content folder as listed, before its level files are read: what a build reads in parallel.
 *
 * @param tree      where the files are read from
 * @param home      {@code _index.md} at the top, or {@code null} when missing or unreadable
 * @param tracks    the track folders in name order
 * @param changelog {@code CHANGELOG.md} at the top, or {@code null} when absent or unreadable
 */
public record ContentFiles(ContentTree tree, Document home, List<TrackFiles> tracks, SourceText changelog) {

    /** The content folder. */
    public Path directory() {
        return tree.root();
    }

    /** Reads one level file: its text as strict UTF-8, split into front matter and body. */
    public Optional<Document> read(Path file, Problems problems) {
        return ContentLoader.read(tree, file, problems);
    }

    /** Whether a path of the content is a file (and not a folder or nothing). */
    public boolean isFile(Path path) {
        return tree.kind(path) == ContentTree.Kind.FILE;
    }

    /**
     * A track folder with its overview read and its level files named.
     *
     * @param index      its {@code _index.md}, or {@code null} when missing or unreadable
     * @param levels     its level files that have usable names, in file-name order
     * @param unreadable its Markdown files whose names are unusable, for problems already reported,
     *                   so that their level's code is unknown
     */
    public record TrackFiles(String slug, Path directory, Document index, List<Path> levels,
                             List<Path> unreadable) {
    }
}
