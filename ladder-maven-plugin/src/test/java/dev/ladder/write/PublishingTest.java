package dev.ladder.write;

import dev.ladder.BuildOptions;
import dev.ladder.BuildResult;
import dev.ladder.LadderFixture;
import dev.ladder.SiteGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A build publishes a whole new site or nothing, and writes nowhere but its output folder. */
class PublishingTest {

    @TempDir
    Path dir;

    /** One content error of each stage: a missing field, an unknown section, a broken link, bad YAML. */
    static Stream<Arguments> contentErrors() {
        return Stream.of(
                Arguments.of("content/eng/_index.md", """
                        ---
                        levels: [L1, L2]
                        competencies: [Delivery, Collaboration]
                        ---
                        """),
                Arguments.of("content/eng/l2.md", """
                        ---
                        level: L2
                        title: Mid
                        ---
                        ## Delivery

                        Ships.

                        ## Teamwork

                        Helps.
                        """),
                Arguments.of("content/eng/l1.md", """
                        ---
                        level: L1
                        title: Junior
                        ---
                        ## Delivery

                        See [L3](l3.md).

                        ## Collaboration

                        Asks.
                        """),
                Arguments.of("content/_index.md", """
                        ---
                        title: [Test Ladder
                        ---
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contentErrors")
    void aBuildWithAContentErrorLeavesThePublishedSiteByteForByte(String file, String text) throws IOException {
        LadderFixture ladder = LadderFixture.summarised(dir);
        assertTrue(SiteGenerator.build(ladder.options()).written());
        Map<String, String> published = FileTree.of(dir.resolve("site"));

        BuildResult result = SiteGenerator.build(ladder.write(file, text).options());

        assertTrue(result.hasErrors(), result.problems().toString());
        assertEquals(List.of(file), result.problems().stream()
                .map(problem -> problem.displayPath(ladder.options().projectDirectory())).distinct().toList());
        assertFalse(result.written());
        assertEquals(0, result.pages());
        assertEquals(published, FileTree.of(dir.resolve("site")));
        assertEquals(List.of("content", "site"), names(dir));
    }

    @Test
    void aLevelRemovedFromTheContentLosesItsPageOnTheNextBuild() throws IOException {
        LadderFixture ladder = LadderFixture.summarised(dir);
        assertTrue(SiteGenerator.build(ladder.options()).written());
        assertTrue(Files.exists(dir.resolve("site/eng/l2.html")));

        ladder.delete("content/eng/l2.md").write("content/eng/_index.md", """
                ---
                title: Engineer
                levels: [L1]
                competencies: [Delivery, Collaboration]
                ---
                """);
        BuildResult result = SiteGenerator.build(ladder.options());

        assertEquals(List.of(), result.problems());
        assertEquals(List.of(".ladder-site", "404.html", "assets/", "assets/favicon.svg", "assets/matrix.js", "assets/print.css", "assets/search.js",
                "assets/style.css", "eng/", "eng/index.html", "eng/l1.html", "eng/matrix.html", "eng/print.html",
                "index.html", "ladder.json", "search-index.js"),
                List.copyOf(FileTree.of(dir.resolve("site")).keySet()));
    }

    @Test
    void buildsWriteNothingOutsideTheOutputFolderAndLeaveNoStagingBehind() throws IOException {
        LadderFixture ladder = LadderFixture.summarised(dir).write("out/readme.txt", "the site goes in site/\n");
        Path output = dir.resolve("out/site");
        BuildOptions options = BuildOptions.builder(dir).output(output).build();
        Map<String, String> before = FileTree.of(dir);

        assertTrue(SiteGenerator.build(options).written());
        assertEquals(before, outside(output));
        assertTrue(SiteGenerator.build(options).written());
        assertEquals(before, outside(output));
        ladder.write("content/eng/l1.md", "---\nlevel: L1\n---\n");
        Map<String, String> broken = FileTree.of(dir);
        assertTrue(SiteGenerator.build(options).hasErrors());
        assertEquals(outsideOf(broken, output), outside(output));
        assertEquals(List.of("readme.txt", "site"), names(dir.resolve("out")));
    }

    @Test
    void aStagingFolderLeftByAnInterruptedBuildIsCleared() throws IOException {
        // Each carries the marker a build of Ladder writes into it first; one without is refused (OutputLocationTest).
        LadderFixture ladder = LadderFixture.summarised(dir).write("site/.ladder-site", "Written by Ladder\n")
                .write(".site.staging/.ladder-site", "Written by Ladder\n")
                .write(".site.staging/eng/stale.html", "<p>half a site</p>\n")
                .write(".site.previous/.ladder-site", "Written by Ladder\n")
                .write(".site.previous/index.html", "<p>the site before</p>\n");

        assertTrue(SiteGenerator.build(ladder.options()).written());

        assertFalse(Files.exists(dir.resolve("site/eng/stale.html")));
        assertEquals(List.of("content", "site"), names(dir));
    }

    @Test
    void anOutputFolderThatCannotBeMadeIsReportedInWordsWithoutTheStagingFolder() throws IOException {
        // The guard cannot know in advance that a folder above the output is a file; writing finds out.
        LadderFixture ladder = LadderFixture.summarised(dir).write("notes.txt", "my notes\n");

        BuildResult result = SiteGenerator.build(ladder.optionsBuilder().output(dir.resolve("notes.txt/site")).build());

        assertEquals(List.of("notes.txt/site: error: could not be written (Not a directory); check that the folders "
                + "above it exist and that you may write to them"), ladder.lines(result));
        assertFalse(result.written());
        assertEquals(List.of("content", "notes.txt"), names(dir));
    }

    /** Everything under the project folder but the output folder. */
    private Map<String, String> outside(Path output) {
        return outsideOf(FileTree.of(dir), output);
    }

    private Map<String, String> outsideOf(Map<String, String> tree, Path output) {
        String prefix = dir.relativize(output).toString().replace('\\', '/') + "/";
        Map<String, String> rest = new TreeMap<>(tree);
        rest.keySet().removeIf(name -> name.startsWith(prefix));
        return rest;
    }

    /** What a folder holds, hidden entries included, so a leftover staging or previous folder shows. */
    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
