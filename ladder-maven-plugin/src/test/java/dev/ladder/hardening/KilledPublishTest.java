package dev.ladder.hardening;

import dev.ladder.LadderFixture;
import dev.ladder.SiteGenerator;
import dev.ladder.write.BuildSteps;
import dev.ladder.write.FileTree;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Finding 6 of issue 17: {@code kill -9} while the new site was moved in file by file left half a
 * site (7,574 old files and 4,030 new). A build now makes the whole new site beside the output and
 * swaps it in with two renames. A build process is killed here at each step of publishing, through a
 * hook rather than by timing; the output must then be the whole old site or the whole new one (or,
 * between the renames, absent with the old one aside, which the next build or check puts back).
 */
class KilledPublishTest {

    @TempDir
    Path dir;

    private static void killAt(Path project, String step) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                KilledBuild.class.getName(), project.toString(), step)
                .redirectErrorStream(true).redirectOutput(project.resolve("killed.log").toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the build process did not end");
        assertEquals(KilledBuild.KILLED, process.exitValue(), "the build never reached " + step + ": "
                + Files.readString(project.resolve("killed.log")));
        Files.delete(project.resolve("killed.log"));
    }

    /** @param seen what the output holds right after the kill: old, new or none */
    @ParameterizedTest(name = "killed at {0}")
    @CsvSource({BuildSteps.FINGERPRINTED + ",old", BuildSteps.STAGED + ",old",
            BuildSteps.OLD_SITE_MOVED_ASIDE + ",none", BuildSteps.NEW_SITE_IN_PLACE + ",new"})
    void aKilledBuildLeavesTheWholeOldOrTheWholeNewSite(String step, String seen)
            throws IOException, InterruptedException {
        for (boolean repairByCheck : List.of(false, true)) {
            Path project = dir.resolve(step + "-" + repairByCheck);
            LadderFixture ladder = LadderFixture.in(project);
            assertTrue(SiteGenerator.build(ladder.options()).written());
            Map<String, String> old = FileTree.of(ladder.path("site"));
            ladder.write("content/eng/p1.md", LadderFixture.P1.replace("Ships small tasks.", "Ships whole tasks."))
                    .delete("content/eng/p2.md").write("content/eng/p2b.md", LadderFixture.P2)
                    .write("content/eng/p3.md", LadderFixture.P2.replace("P2", "P3"))
                    .write("content/eng/_index.md", LadderFixture.TRACK.replace("[P1, P2]", "[P1, P2, P3]"));

            killAt(project, step);

            switch (seen) {
                case "old" -> assertEquals(old, FileTree.of(ladder.path("site")));
                case "none" -> assertFalse(Files.exists(ladder.path("site")));
                default -> assertTrue(FileTree.of(ladder.path("site")).get("eng/p1.html").contains("Ships whole tasks."));
            }
            if (repairByCheck) {
                SiteGenerator.check(ladder.options());
                Map<String, String> repaired = FileTree.of(ladder.path("site"));
                assertTrue(repaired.equals(old) || repaired.get("eng/p1.html").contains("Ships whole tasks."),
                        "check left neither the old site nor the new one");
                assertEquals(seen.equals("new"), !repaired.equals(old));
            }
            assertTrue(SiteGenerator.build(ladder.options()).written());
            Map<String, String> built = FileTree.of(ladder.path("site"));

            // Whole and new: what a build from nothing makes of the same content.
            LadderFixture fresh = LadderFixture.in(dir.resolve("fresh-" + step + "-" + repairByCheck));
            copy(ladder.path("content"), fresh.delete("content").path("content"));
            SiteGenerator.build(fresh.options());
            assertEquals(FileTree.of(fresh.path("site")), built);
            assertFalse(Files.exists(project.resolve(".site.staging")));
            assertFalse(Files.exists(project.resolve(".site.previous")));
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
