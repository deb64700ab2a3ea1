package dev.ladder.load;

import java.nio.file.Path;
import java.util.List;

/**
 * A content folder as listed, before its level files are read: what a build reads in parallel.
 *
 * @param home      {@code _index.md} at the top, or {@code null} when missing or unreadable
 * @param tracks    the track folders in name order
 * @param changelog {@code CHANGELOG.md} at the top, or {@code null} when absent or unreadable
 * @param log       told of the bytes of each file read, the level files the model reader reads included
 */
public record ContentFiles(Path directory, Document home, List<TrackFiles> tracks, SourceText changelog,
                           ReadLog log) {

    public ContentFiles(Path directory, Document home, List<TrackFiles> tracks, SourceText changelog) {
        this(directory, home, tracks, changelog, ReadLog.NONE);
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
