package dev.ladder.load;

import dev.ladder.problem.Problems;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where a ladder is read from: a folder on disk ({@link FolderTree}) or a folder of a git commit
 * ({@link GitTree}). A build, a check and both sides of a diff all read through one, with the same
 * {@link ContentLoader} and reader, so a ladder reads the same wherever it comes from.
 *
 * <p>Paths are absolute and lie under {@link #root()}; they are what problems name.
 */
public interface ContentTree {

    /** What a path names. */
    enum Kind { FOLDER, FILE, OTHER, NONE }

    /** The content folder. */
    Path root();

    Kind kind(Path path);

    /**
     * Whether a path may be read at all, reporting why not: on disk, a link must lead to something
     * inside the content folder, so that a pull request cannot publish a file of the machine that builds it.
     */
    boolean allows(Path path, Problems problems);

    /** A folder's entries, hidden ones included, in no particular order. */
    List<Path> entries(Path folder) throws IOException;

    /** A file's text as strict UTF-8, with line endings normalised; problems reading it are reported. */
    Optional<SourceText> read(Path file, Problems problems);

    /**
     * A content file read and split into front matter and body; problems reading or splitting it are
     * reported. A tree that remembers files between builds ({@link RememberedTree}) answers from memory.
     */
    default Optional<Document> document(Path file, Problems problems) {
        return read(file, problems).flatMap(text -> FrontMatterParser.parse(text, problems));
    }

    /**
     * A file's bytes, such as an image's, read only when its size is at most {@code limit}; a larger file,
     * or one that cannot be read, is reported with {@code tooLarge} or the reason and gives nothing.
     *
     * @param tooLarge what to say of a file over the limit, given its size and the limit in MB
     */
    Optional<byte[]> readBytes(Path file, long limit, TooLarge tooLarge, Problems problems);

    /** The words for a file over a size limit. */
    @FunctionalInterface
    interface TooLarge {
        String message(long megabytes, long limitMegabytes);
    }
}
