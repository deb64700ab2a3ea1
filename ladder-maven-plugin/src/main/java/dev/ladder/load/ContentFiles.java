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

    /** The images of every track, as the site publishes them: by their path inside the content folder. */
    public java.util.Map<String, Path> resources() {
        java.util.Map<String, Path> resources = new java.util.TreeMap<>();
        for (TrackFiles track : tracks) {
            track.resources().forEach(file -> resources.put(directory().relativize(file).toString()
                    .replace('\\', '/'), file));
        }
        return resources;
    }

    /** An image's bytes, to publish it, within the same size limit it was checked against. */
    public Optional<byte[]> readResource(Path image, Problems problems) {
        return tree.readBytes(image, PageResources.MAX_BYTES, PageResources.TOO_LARGE, problems);
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
     * @param misnamed   its files that look like level files but do not end in {@code .md}
     *                   ({@code p2.markdown}, {@code p2.MD}, a {@code .txt} with front matter), not read
     * @param resources  its images, beside its files or in folders there, checked and to be published
     */
    public record TrackFiles(String slug, Path directory, Document index, List<Path> levels,
                             List<Path> unreadable, List<Path> misnamed, List<Path> resources) {

        /** The name a misnamed file should have: its name up to its extension, then {@code .md}. */
        public static String renamed(Path misnamed) {
            String name = misnamed.getFileName().toString();
            int dot = name.lastIndexOf('.');
            return (dot > 0 ? name.substring(0, dot) : name) + ".md";
        }
    }
}
