package dev.ladder;

import dev.ladder.bench.BenchCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** However many threads read and render, a build gives the same bytes and the same problems. */
class ParallelBuildTest {

    @TempDir
    Path project;

    @Test
    void theSiteIsTheSameWithOneThreadAsWithMany() throws Exception {
        Path content = BenchCorpus.generate(project.resolve("content"), 12, 5, 4);

        BuildResult single = build(content, "one", 1);
        BuildResult many = build(content, "many", 4);

        assertEquals(List.of(), single.problems());
        assertEquals(single.pages(), many.pages());
        Map<String, String> one = files(project.resolve("one"));
        assertTrue(one.size() > 12 * 5, "pages were written");
        assertEquals(one, files(project.resolve("many")));
    }

    @Test
    void theProblemsAreTheSameWithOneThreadAsWithMany() throws Exception {
        Path content = BenchCorpus.generate(project.resolve("content"), 6, 4, 3);
        for (String track : List.of("track-0002", "track-0005")) {
            Path level = content.resolve(track).resolve("l03.md");
            Files.writeString(level, Files.readString(level).replace("\n## System architecture", "\n## Systems")
                    .replace("level: L3", "level: L3\ncolour: red"));
        }
        Path level = content.resolve("track-0004/l01.md");
        Files.writeString(level, Files.readString(level) + "\nSee [the missing level](l09.md).\n");

        BuildResult single = build(content, "one", 1);
        BuildResult many = build(content, "many", 4);

        assertTrue(single.problems().size() >= 7, single.problems().toString());
        assertEquals(single.problems(), many.problems());
        assertEquals(List.of(), files(project).keySet().stream().filter(path -> !path.startsWith("content")).toList());
    }

    private BuildResult build(Path content, String output, int threads) {
        return SiteGenerator.build(BuildOptions.builder(project).content(content).output(project.resolve(output))
                .baseUrl("https://intranet.example/ladder/").editUrl("https://git.example/edit/{path}")
                .threads(threads).build());
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), HexFormat.of().formatHex(Files.readAllBytes(file)));
            }
        }
        return files;
    }
}
