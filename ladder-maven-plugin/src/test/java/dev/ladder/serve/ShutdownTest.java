package dev.ladder.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stopping the preview's JVM, as Ctrl-C or a kill does, runs its shutdown hook: the private folder is
 * deleted and the last line says the preview stopped, whether the preview was serving or still making
 * its first build.
 */
class ShutdownTest {

    @TempDir
    Path dir;

    @Test
    void stoppingTheJvmDeletesThePrivateFolder() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                PreviewProcess.class.getName(), dir.toString()).redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        Path folder = null;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.add(line);
                if (line.startsWith("folder ")) {
                    folder = Path.of(line.substring("folder ".length()));
                    assertTrue(Files.isDirectory(folder.resolve("site")), output.toString());
                    // What Ctrl-C does to a JVM: SIGINT and SIGTERM both run its shutdown hooks.
                    process.toHandle().destroy();
                }
            }
        } finally {
            process.destroyForcibly();
        }
        assertTrue(process.waitFor(RunningPreview.PATIENCE.toSeconds(), TimeUnit.SECONDS));

        assertNotNull(folder, "the preview never started: " + output);
        assertFalse(Files.exists(folder), "the private folder is left: " + folder);
        assertTrue(output.get(output.size() - 1).equals("Ladder: preview stopped"), output.toString());
    }

    @Test
    void stoppingTheJvmDuringTheFirstBuildLeavesNoFolderAndExits() throws Exception {
        // The preview's folders are made in a temporary folder of the test's own, to see all of them.
        Path temporary = Files.createDirectories(dir.resolve("tmp"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Djava.io.tmpdir=" + temporary, "-cp",
                System.getProperty("java.class.path"), PreviewProcess.class.getName(), dir.resolve("project").toString(),
                "400").redirectErrorStream(true).redirectOutput(dir.resolve("output.txt").toFile()).start();
        try {
            long patience = System.nanoTime() + RunningPreview.PATIENCE.multipliedBy(3).toNanos();
            // The first build has begun writing once the private folder holds something.
            while (!writing(temporary) && process.isAlive() && System.nanoTime() < patience) {
                Thread.sleep(5);
            }
            assertTrue(writing(temporary), "the first build never began: " + Files.readString(dir.resolve(
                    "output.txt")));
            process.toHandle().destroy();
            assertTrue(process.waitFor(RunningPreview.PATIENCE.toSeconds(), TimeUnit.SECONDS),
                    "the JVM did not exit: a thread of the preview kept it running");
        } finally {
            process.destroyForcibly();
        }
        List<String> output = Files.readAllLines(dir.resolve("output.txt"));
        assertTrue(output.stream().noneMatch(line -> line.startsWith("folder ")), "the first build had finished "
                + "before the JVM was stopped, so this test proves nothing; give the ladder more tracks: " + output);
        try (var left = Files.list(temporary)) {
            assertEquals(List.of(), left.toList(), "left in the temporary folder: " + output);
        }
        assertEquals("Ladder: preview stopped", output.get(output.size() - 1), output.toString());
    }

    /** Whether a preview's private folder exists under {@code temporary} and has something in it. */
    private static boolean writing(Path temporary) throws java.io.IOException {
        try (var folders = Files.list(temporary)) {
            for (Path folder : folders.toList()) {
                try (var inside = Files.list(folder)) {
                    if (inside.findAny().isPresent()) {
                        return true;
                    }
                } catch (java.nio.file.NoSuchFileException e) {
                    // Deleted meanwhile.
                }
            }
        }
        return false;
    }
}
