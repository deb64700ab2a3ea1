package dev.ladder.bench;

import dev.ladder.BuildOptions;
import dev.ladder.BuildResult;
import dev.ladder.SiteGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark's corpus generator makes a valid ladder, the same one every time. */
class CorpusGeneratorTest {

    @TempDir
    Path temp;

    @Test
    void generatesALadderThatBuildsWithoutAProblem() throws Exception {
        Path content = BenchCorpus.generate(temp.resolve("content"), 20, 6, 7);

        BuildResult result = SiteGenerator.build(BuildOptions.builder(temp).content(content).build());

        assertEquals(List.of(), result.problems());
        assertEquals(20, result.tracks());
        assertEquals(120, result.levels());
        // home, 404, and per track: overview, matrix, booklet, six levels and a compare page for each level
        // with the next two (the default reach: 5 + 4 pages); then ladder.json and the search index
        assertEquals(2 + 20 * (9 + 9) + 2, result.pages());
        assertTrue(Files.isRegularFile(temp.resolve("site/track-0020/l06.html")));
    }

    @Test
    void writesTracksOfLevelsWithEverySectionAndLinksBetweenLevels() throws Exception {
        Path content = BenchCorpus.generate(temp.resolve("content"), 3, 4, 5);

        assertEquals(1 + 3 * (1 + 4), files(content).size());
        String track = Files.readString(content.resolve("track-0002/_index.md"));
        assertTrue(track.contains("levels: [L1, L2, L3, L4]\n"), track);
        assertTrue(track.contains("competencies:\n  - Feature development\n  - System architecture\n"
                + "  - API and event-driven design\n  - Observability\n  - Incident response\n---\n"), track);
        String level = Files.readString(content.resolve("track-0002/l03.md"));
        assertTrue(level.startsWith("---\nlevel: L3\ntitle: Senior\nsummary: "), level);
        assertTrue(level.contains("This level assumes everything in [L2 Mid](l02.md)."), level);
        assertEquals(5, level.lines().filter(line -> line.startsWith("## ")).count());
        long bullets = level.lines().filter(line -> line.startsWith("- ")).count();
        assertTrue(bullets >= 5 * 3 && bullets <= 5 * 8, "3 to 8 bullets per section, found " + bullets);
    }

    @Test
    void generatesTheSameBytesEveryTime() throws Exception {
        Path first = BenchCorpus.generate(temp.resolve("first"), 5, 3, 4);
        Path second = BenchCorpus.generate(temp.resolve("second"), 5, 3, 4);

        assertEquals(files(first), files(second));
    }

    @Test
    void withSpecialisationsEverySecondTrackExtendsTheOneBeforeItAndTheSiteHasTheSamePages() throws Exception {
        Path content = BenchCorpus.generateWithSpecialisations(temp.resolve("content"), 20, 6, 7);

        BuildResult result = SiteGenerator.build(BuildOptions.builder(temp).content(content).build());

        assertEquals(List.of(), result.problems());
        assertEquals(2 + 20 * (9 + 9) + 2, result.pages());
        String track = Files.readString(content.resolve("track-0002/_index.md"));
        assertTrue(track.contains("\nextends: track-0001\nomit: [Code quality]\n"), track);
        String level = Files.readString(content.resolve("track-0002/l03.md"));
        assertEquals(List.of("## Feature development", "## Specialist practice"),
                level.lines().filter(line -> line.startsWith("## ")).toList());
        // Seven sections on the specialisation's page, five of them shared with track 1's L3.
        String page = Files.readString(temp.resolve("site/track-0002/l03.html"));
        assertEquals(5, page.split("class=\"shared-from\"", -1).length - 1);
        assertEquals(Files.readString(content.resolve("track-0001/_index.md")),
                Files.readString(BenchCorpus.generate(temp.resolve("plain"), 20, 6, 7).resolve("track-0001/_index.md")),
                "a base track is the plain corpus's track");
    }

    @Test
    void withSpecialisationsGeneratesTheSameBytesEveryTime() throws Exception {
        Path first = BenchCorpus.generateWithSpecialisations(temp.resolve("first"), 5, 3, 4);
        Path second = BenchCorpus.generateWithSpecialisations(temp.resolve("second"), 5, 3, 4);

        assertEquals(files(first), files(second));
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }
}
