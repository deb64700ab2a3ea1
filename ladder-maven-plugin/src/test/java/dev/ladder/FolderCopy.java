package dev.ladder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Copies a folder with everything in it, for tests that build a ladder from a copy of another, and for
 * {@code bench/ServeBench.java}, which runs on the test classes.
 */
public final class FolderCopy {

    private FolderCopy() {
    }

    /** Copies {@code from} and everything below it to {@code to}, which must not hold those files yet. */
    public static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
