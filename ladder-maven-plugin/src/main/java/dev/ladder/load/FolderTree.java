package dev.ladder.load;

import dev.ladder.problem.Problems;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A content folder on disk, whose links may only lead to files inside it. */
public final class FolderTree implements ContentTree {

    private final Path root;
    private final ReadLog log;
    private final InsideFolder inside;

    public FolderTree(Path root) {
        this(root, ReadLog.NONE);
    }

    /** @param log told of the bytes of every file read, before they are decoded */
    public FolderTree(Path root, ReadLog log) {
        this.root = root.toAbsolutePath().normalize();
        this.log = log;
        this.inside = InsideFolder.of(this.root, "content folder");
    }

    @Override
    public Path root() {
        return root;
    }

    @Override
    public Kind kind(Path path) {
        if (Files.isDirectory(path)) {
            return Kind.FOLDER;
        }
        if (Files.isRegularFile(path)) {
            return Kind.FILE;
        }
        return Files.exists(path) ? Kind.OTHER : Kind.NONE;
    }

    @Override
    public boolean allows(Path path, Problems problems) {
        return inside.allows(path, problems);
    }

    @Override
    public List<Path> entries(Path folder) throws IOException {
        try (Stream<Path> stream = Files.list(folder)) {
            return stream.toList();
        }
    }

    @Override
    public Optional<SourceText> read(Path file, Problems problems) {
        return SourceReader.read(file, problems, log);
    }

    @Override
    public Optional<byte[]> readBytes(Path file, long limit, TooLarge tooLarge, Problems problems) {
        return SourceReader.bytes(file, limit, tooLarge, problems, log);
    }
}
