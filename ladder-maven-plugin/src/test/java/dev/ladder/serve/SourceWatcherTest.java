package dev.ladder.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the watch reports: each kind of change, in new folders too, and a burst of saves as one. */
class SourceWatcherTest {

    /** Much longer than writing a burst of files takes, so the burst falls within one quiet period. */
    private static final Duration BURST_QUIET = Duration.ofSeconds(2);

    @TempDir
    Path dir;

    private final List<Set<Path>> calls = new CopyOnWriteArrayList<>();

    @Test
    void aBurstOfSavesGivesOneCallNamingEveryFile() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/eng"));
        try (SourceWatcher watcher = SourceWatcher.start(List.of(dir.resolve("content")), BURST_QUIET, calls::add)) {
            for (int i = 0; i < 20; i++) {
                Files.writeString(content.resolve("p" + i + ".md"), "save " + i);
                Files.writeString(content.resolve("p" + i + ".md"), "save " + i + " again");
            }
            RunningPreview.awaitTrue(() -> !calls.isEmpty(), "the watch to report the burst");

            assertEquals(1, calls.size(), calls.toString());
            for (int i = 0; i < 20; i++) {
                assertTrue(calls.get(0).contains(content.resolve("p" + i + ".md")), "p" + i + ".md: " + calls);
            }
        }
    }

    @Test
    void newFoldersAreWatchedWithWhatTheyHold() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        try (SourceWatcher watcher = SourceWatcher.start(List.of(content), Duration.ofMillis(50), calls::add)) {
            Files.createDirectories(content.resolve("ops"));
            Files.writeString(content.resolve("ops/s1.md"), "first");
            awaitReported(content.resolve("ops/s1.md"));

            Files.createDirectories(content.resolve("ops/deep/er"));
            Files.writeString(content.resolve("ops/deep/er/s2.md"), "nested");
            awaitReported(content.resolve("ops/deep/er/s2.md"));

            Files.writeString(content.resolve("ops/s1.md"), "second");
            calls.clear();
            awaitReported(content.resolve("ops/s1.md"));
        }
    }

    @Test
    void renamesAndDeletionsOfFilesAndFoldersAreReported() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/eng"));
        Files.writeString(content.resolve("p1.md"), "one");
        Files.createDirectories(dir.resolve("content/old"));
        Files.writeString(dir.resolve("content/old/x.md"), "x");
        try (SourceWatcher watcher = SourceWatcher.start(List.of(dir.resolve("content")), Duration.ofMillis(50),
                calls::add)) {
            Files.move(content.resolve("p1.md"), content.resolve("junior.md"));
            awaitReported(content.resolve("p1.md"));
            awaitReported(content.resolve("junior.md"));

            Files.delete(dir.resolve("content/old/x.md"));
            Files.delete(dir.resolve("content/old"));
            awaitReported(dir.resolve("content/old"));
        }
    }

    @Test
    void aFolderCreatedAfterTheStartIsWatched() throws Exception {
        Path templates = dir.resolve("templates");
        try (SourceWatcher watcher = SourceWatcher.start(List.of(templates), Duration.ofMillis(50), calls::add)) {
            Files.createDirectories(templates.resolve("partials"));
            awaitReported(templates);
            calls.clear();
            Files.writeString(templates.resolve("partials/footer.ftlh"), "<p>x</p>");
            awaitReported(templates.resolve("partials/footer.ftlh"));
        }
    }

    @Test
    void editorsSwapFilesAreIgnored() {
        assertTrue(SourceWatcher.ignored(Path.of("content/eng/.p1.md.swp")));
        assertTrue(SourceWatcher.ignored(Path.of("content/eng/p1.md~")));
        assertTrue(SourceWatcher.ignored(Path.of("content/eng/4913")));
        assertTrue(SourceWatcher.ignored(Path.of("content/eng/#p1.md#")));
        assertTrue(SourceWatcher.ignored(Path.of("content/eng/p1.md___jb_tmp___")));
        assertEquals(false, SourceWatcher.ignored(Path.of("content/eng/p1.md")));
    }

    private void awaitReported(Path path) {
        RunningPreview.awaitTrue(() -> calls.stream().anyMatch(call -> call.contains(path)),
                path + " to be reported; reported " + calls);
    }
}
