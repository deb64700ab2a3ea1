package dev.ladder.load;

import dev.ladder.problem.Problems;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A content folder on disk. */
public record FolderTree(Path root) implements ContentTree {

    public FolderTree {
        root = root.toAbsolutePath().normalize();
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
    public List<Path> entries(Path folder) throws IOException {
        try (Stream<Path> stream = Files.list(folder)) {
            return stream.toList();
        }
    }

    @Override
    public Optional<SourceText> read(Path file, Problems problems) {
        return SourceReader.read(file, problems);
    }
}
