package dev.ladder.init;

import dev.ladder.BuildOptions;
import dev.ladder.BuildResult;
import dev.ladder.SiteGenerator;
import dev.ladder.problem.IoReason;
import dev.ladder.problem.ProblemReport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Checks the new ladder as {@code ladder:check} will, in a temporary folder, before anything is written where the
 * editor asked: a title or level code the ladder's rules refuse is reported now, with the rule's own message.
 */
final class ScaffoldCheck {

    private ScaffoldCheck() {
    }

    static List<String> problems(Map<String, String> files) {
        Path staging = null;
        try {
            staging = Files.createTempDirectory("ladder-init");
            for (Map.Entry<String, String> file : files.entrySet()) {
                if (file.getKey().startsWith("content/") || file.getKey().startsWith("templates/")) {
                    Path target = staging.resolve(file.getKey());
                    Files.createDirectories(target.getParent());
                    Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
                }
            }
            BuildResult result = SiteGenerator.check(BuildOptions.builder(staging)
                    .content(staging.resolve("content")).templates(staging.resolve("templates"))
                    .output(staging.resolve("site")).threads(1).build());
            List<String> problems = new ArrayList<>();
            new ProblemReport(result.problems(), staging).lines()
                    .forEach(line -> problems.add("the new ladder would not pass ladder:check: " + line));
            return problems;
        } catch (IOException e) {
            return List.of("cannot check the new ladder in a temporary folder (" + IoReason.of(e)
                    + "); init wrote nothing");
        } finally {
            delete(staging);
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind harms nothing; the system's cleaner removes it.
        }
    }
}
