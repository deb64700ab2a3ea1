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

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stopping the preview's JVM, as Ctrl-C or a kill does, runs its shutdown hook: the private folder is
 * deleted and the last line says the preview stopped.
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
}
