package dev.ladder;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Classes stay small enough to read in one sitting: a main source file that grows past the limit is a sign
 * that it has taken on a second job, which belongs in a class of its own.
 */
class ClassSizeTest {

    private static final int MOST_LINES = 250;
    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void noMainSourceFileIsLongerThanTheLimit() throws IOException {
        assertTrue(Files.isDirectory(SOURCES), "run from the plugin's folder, where " + SOURCES + " is");
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            tooLong = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(ClassSizeTest::tooLong)
                    .map(file -> SOURCES.relativize(file) + " (" + lines(file) + " lines)")
                    .sorted()
                    .toList();
        }
        assertEquals(List.of(), tooLong, "main source files over " + MOST_LINES + " lines");
    }

    private static boolean tooLong(Path file) {
        return lines(file) > MOST_LINES;
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
