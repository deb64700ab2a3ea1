package dev.ladder.write;

import dev.ladder.BuildOptions;
import dev.ladder.BuildResult;
import dev.ladder.SiteGenerator;
import dev.ladder.bench.BenchCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A rebuild writes only the files whose bytes change, and leaves the output alone when it fails.
 * Every file of the first build is dated in the past, so a file a rebuild writes shows by its time.
 */
class IncrementalBuildTest {

    private static final FileTime PAST = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    @TempDir
    Path project;
    private Path content;
    private Path site;

    @BeforeEach
    void buildOnce() throws Exception {
        content = BenchCorpus.generate(project.resolve("content"), 4, 3, 3);
        site = project.resolve("site");
        BuildResult first = build();
        assertEquals(List.of(), first.problems());
        assertEquals(0, first.unchanged());
        backdate();
    }

    @Test
    void aRebuildWithNothingChangedWritesNoFile() throws IOException {
        Map<String, String> before = snapshot();

        BuildResult result = build();

        assertTrue(result.written());
        assertEquals(result.pages(), result.unchanged());
        assertTrue(result.summary().startsWith("Ladder: 4 tracks, 12 levels, 0 pages written, "
                + result.pages() + " unchanged in "), result.summary());
        assertEquals(Set.of(), rewritten());
        assertEquals(before, snapshot());
        assertEquals(Set.of("content", "site"), siblings());
    }

    @Test
    void changingASectionRewritesItsLevelPageAndWhatShowsItsText() throws IOException {
        edit("track-0002/l02.md", text -> text.replaceFirst("\n- ", "\n- Writes the runbook for the payments service. "));

        BuildResult result = build();

        // L3's page shows what changed from L2, and so do the compare pages of L2 and the track's "What's new".
        assertEquals(Set.of("track-0002/l02.html", "track-0002/l03.html", "track-0002/matrix.html",
                "track-0002/print.html", "track-0002/compare-l01-l02.html", "track-0002/compare-l02-l03.html",
                "track-0002/index.html", "search-index.js", "ladder.json", OutputGuard.MARKER), rewritten());
        assertEquals(result.pages() - 9, result.unchanged());
        assertTrue(result.summary().contains(" 9 pages written, " + (result.pages() - 9) + " unchanged "),
                result.summary());
        assertTrue(Files.readString(site.resolve("track-0002/l02.html"))
                .contains("Writes the runbook for the payments service."));
        assertEquals(Set.of("content", "site"), siblings());
    }

    @Test
    void changingATitleAlsoRewritesTheNeighboursAndTheListsThatNameIt() throws IOException {
        edit("track-0002/l02.md", text -> text.replace("\ntitle: Mid\n", "\ntitle: Intermediate\n"));

        build();

        assertEquals(Set.of("track-0002/l01.html", "track-0002/l02.html", "track-0002/l03.html",
                "track-0002/index.html", "track-0002/matrix.html", "track-0002/print.html", "index.html",
                "track-0002/compare-l01-l02.html", "track-0002/compare-l02-l03.html",
                "search-index.js", "ladder.json", OutputGuard.MARKER), rewritten());
        assertTrue(Files.readString(site.resolve("track-0002/l03.html")).contains("L2 Intermediate"));
    }

    @Test
    void aLevelThatIsRemovedDisappearsWithItsPage() throws IOException {
        edit("track-0004/_index.md", text -> text.replace("levels: [L1, L2, L3]", "levels: [L1, L2, L3, L4]"));
        Files.writeString(content.resolve("track-0004/l04.md"), "---\nlevel: L4\ntitle: Staff\n---\n"
                + "## Feature development\n\n- Sets direction.\n\n## System architecture\n\n- Shapes systems.\n\n"
                + "## API and event-driven design\n\n- Designs contracts.\n");
        build();
        assertTrue(Files.isRegularFile(site.resolve("track-0004/l04.html")));
        backdate();

        edit("track-0004/_index.md", text -> text.replace("levels: [L1, L2, L3, L4]", "levels: [L1, L2, L3]"));
        Files.delete(content.resolve("track-0004/l04.md"));
        BuildResult result = build();

        assertEquals(List.of(), result.problems());
        assertFalse(Files.exists(site.resolve("track-0004/l04.html")));
        // Every level page of the track lists the track's levels, so each one loses L4.
        assertEquals(Set.of("track-0004/l01.html", "track-0004/l02.html", "track-0004/l03.html",
                "track-0004/index.html", "track-0004/matrix.html",
                "track-0004/print.html", "index.html", "search-index.js", "ladder.json", OutputGuard.MARKER,
                "track-0004/compare-l01-l02.html", "track-0004/compare-l01-l03.html",
                "track-0004/compare-l02-l03.html"), rewritten());
    }

    @Test
    void changingABaseLevelRewritesItsPagesAndTheSpecialisationsThatShareItAndNoOtherTracks() throws Exception {
        // Tracks 2 and 4 specialise 1 and 3; their levels rewrite Feature development and share System architecture.
        deleteTree(content);
        BenchCorpus.generateWithSpecialisations(content, 4, 3, 3);
        assertEquals(List.of(), build().problems());
        backdate();
        edit("track-0001/l02.md", text -> text.replaceFirst("\n## System architecture\n\n- ",
                "\n## System architecture\n\n- Writes the runbook for the payments service. "));

        BuildResult result = build();

        // In each track, L2's page and what shows L2's text: L3's "what changes", the compare pages of L2 and
        // of L1 with L3 (which tells what L3 carries over from the levels between), the matrix, the booklet
        // and "What's new"; and the search index and ladder.json. Tracks 3 and 4 are untouched.
        Set<String> track = Set.of("l02.html", "l03.html", "matrix.html", "print.html", "compare-l01-l02.html",
                "compare-l01-l03.html", "compare-l02-l03.html", "index.html");
        Set<String> expected = new TreeSet<>(Set.of("search-index.js", "ladder.json", OutputGuard.MARKER));
        track.forEach(page -> expected.addAll(List.of("track-0001/" + page, "track-0002/" + page)));
        assertEquals(expected, rewritten());
        assertEquals(List.of(), result.problems());
        for (String page : List.of("track-0001/l02.html", "track-0002/l02.html")) {
            assertTrue(Files.readString(site.resolve(page)).contains("Writes the runbook for the payments service."),
                    page);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Test
    void aFailedBuildLeavesTheOutputAsItWas() throws IOException {
        Map<String, String> before = snapshot();
        edit("track-0003/l02.md", text -> text.replace("\n## System architecture", "\n## System architectre")
                .replace("\ntitle: Mid\n", "\ntitle: Changed\n"));

        BuildResult result = build();

        assertTrue(result.hasErrors());
        assertFalse(result.written());
        assertEquals(before, snapshot());
        assertEquals(Set.of(), rewritten());
        assertEquals(Set.of("content", "site"), siblings());
    }

    @Test
    void aTemplateErrorLeavesTheOutputAsItWas() throws IOException {
        Map<String, String> before = snapshot();
        edit("track-0001/l01.md", text -> text.replace("\ntitle: Junior\n", "\ntitle: Beginner\n"));
        Path templates = Files.createDirectories(project.resolve("templates"));
        Files.writeString(templates.resolve("matrix.ftlh"), "<#import \"layout.ftlh\" as layout>\n${track.missing}\n");

        BuildResult result = build();

        assertEquals(List.of("templates/matrix.ftlh:2:3: error: template error while rendering "
                + "track-0002/matrix.html: 'track.missing' is missing or empty; check its spelling, "
                + "or write track.missing!\"\" where it may be left out"),
                result.problems().stream().map(problem -> problem.format(project)).toList());
        assertEquals(before, snapshot());
        assertEquals(Set.of("content", "site", "templates"), siblings());
    }

    @Test
    void aPageDeletedOrChangedInTheOutputIsWrittenAgain() throws IOException {
        Files.delete(site.resolve("track-0001/l02.html"));
        Files.writeString(site.resolve("track-0003/matrix.html"), "edited by hand");

        BuildResult result = build();

        assertEquals(Set.of("track-0001/l02.html", "track-0003/matrix.html", OutputGuard.MARKER), rewritten());
        assertEquals(result.pages() - 2, result.unchanged());
        assertTrue(Files.readString(site.resolve("track-0003/matrix.html")).startsWith("<!DOCTYPE html>"));
    }

    @Test
    void aFileAddedToTheOutputIsRemoved() throws IOException {
        Files.writeString(site.resolve("track-0001/notes.txt"), "not part of the site");
        Files.createDirectories(site.resolve("drafts"));
        Files.writeString(site.resolve("drafts/old.html"), "an old page");

        build();

        assertFalse(Files.exists(site.resolve("track-0001/notes.txt")));
        assertFalse(Files.exists(site.resolve("drafts")));
        assertEquals(Set.of(OutputGuard.MARKER), rewritten());
    }

    @Test
    void warningsAreReportedAgainWhenNothingChanged() throws IOException {
        edit("track-0002/l03.md", text -> text.replaceFirst("(\n## System architecture\n)[^#]*", "$1\n"));
        BuildResult first = build();
        backdate();

        BuildResult again = build();

        List<String> warning = List.of("content/track-0002/l03.md:" + line("track-0002/l03.md",
                "## System architecture") + ":1: warning: section '## System architecture' is empty; "
                + "describe what this level expects for System architecture");
        assertEquals(warning, first.problems().stream().map(problem -> problem.format(project)).toList());
        assertEquals(warning, again.problems().stream().map(problem -> problem.format(project)).toList());
        assertEquals(Set.of(), rewritten());
    }

    @Test
    void aWarningFailsTheRebuildWhenWarningsCountAsErrors() throws IOException {
        edit("track-0002/l03.md", text -> text.replaceFirst("(\n## System architecture\n)[^#]*", "$1\n"));
        build();
        backdate();
        Map<String, String> before = snapshot();

        BuildResult strict = SiteGenerator.build(options().failOnWarning(true).build());

        assertFalse(strict.written());
        assertEquals(List.of("content/track-0002/l03.md:" + line("track-0002/l03.md", "## System architecture")
                + ":1: warning: section '## System architecture' is empty; "
                + "describe what this level expects for System architecture"),
                strict.problems().stream().map(problem -> problem.format(project)).toList());
        assertEquals(before, snapshot());
    }

    @Test
    void switchingBookletsOffRemovesThemAndTheLinksToThem() throws IOException {
        BuildResult result = SiteGenerator.build(options().booklets(false).build());

        // Per track: three levels, overview, matrix and three compare pages; home, 404, ladder.json, search index.
        assertEquals(4 * (3 + 2 + 3) + 2 + 2, result.pages());
        try (Stream<Path> files = Files.walk(site)) {
            assertEquals(List.of(), files.filter(file -> file.endsWith("print.html")).toList());
        }
        assertFalse(Files.readString(site.resolve("track-0001/index.html")).contains("print.html"));
        assertEquals(Set.of("track-0001/index.html", "track-0002/index.html", "track-0003/index.html",
                "track-0004/index.html", OutputGuard.MARKER), rewritten());
    }

    @Test
    void switchingComparePagesOffRemovesThemAndTheLinksToThem() throws IOException {
        BuildResult result = SiteGenerator.build(options().compare(false).build());

        assertEquals(List.of(), result.problems());
        // Per track: three levels, overview, matrix and booklet; home, 404, ladder.json, search index.
        assertEquals(4 * (3 + 3) + 2 + 2, result.pages());
        try (Stream<Path> files = Files.walk(site)) {
            assertEquals(List.of(), files.filter(file -> file.getFileName().toString().startsWith("compare-"))
                    .toList());
        }
        for (String page : List.of("track-0001/index.html", "track-0001/matrix.html", "track-0001/l02.html")) {
            assertFalse(Files.readString(site.resolve(page)).contains("compare-l"), page);
        }
    }

    @Test
    void switchingWhatChangesOffRewritesOnlyThePagesThatShowedIt() throws IOException {
        BuildResult result = SiteGenerator.build(options().changes(false).build());

        assertEquals(List.of(), result.problems());
        Set<String> levelsAfterTheFirst = new TreeSet<>();
        for (int track = 1; track <= 4; track++) {
            // The track page's "What's new at each level" goes with it.
            String trackPage = String.format("track-%04d/index.html", track);
            levelsAfterTheFirst.add(trackPage);
            assertFalse(Files.readString(site.resolve(trackPage)).contains("whats-new"), trackPage);
            for (int level = 2; level <= 3; level++) {
                String page = String.format("track-%04d/l%02d.html", track, level);
                levelsAfterTheFirst.add(page);
                String html = Files.readString(site.resolve(page));
                assertFalse(html.contains("what-changes"), page);
                assertTrue(html.contains(String.format("compare-l%02d-l%02d.html", level - 1, level)),
                        "the compare pages stay: " + page);
            }
        }
        levelsAfterTheFirst.add(OutputGuard.MARKER);
        assertEquals(levelsAfterTheFirst, rewritten());
    }

    @Test
    void onlyThePdfsOfChangedPagesAreWrittenAgain() throws IOException {
        SiteGenerator.build(options().pdf(true).build());
        backdate();
        edit("track-0001/l03.md", text -> text.replaceFirst("\n- ", "\n- Writes the runbook for the payments service. "));

        BuildResult result = SiteGenerator.build(options().pdf(true).build());

        assertEquals(List.of(), result.problems());
        assertEquals(Set.of("track-0001/l03.html", "track-0001/l03.pdf", "track-0001/matrix.html",
                "track-0001/print.html", "track-0001/print.pdf", "track-0001/compare-l01-l03.html",
                "track-0001/compare-l02-l03.html", "track-0001/index.html", "search-index.js", "ladder.json",
                OutputGuard.MARKER), rewritten());
        assertEquals(Set.of("content", "site"), siblings());
    }

    private BuildResult build() {
        return SiteGenerator.build(options().build());
    }

    private BuildOptions.Builder options() {
        return BuildOptions.builder(project).content(content);
    }

    private void edit(String file, java.util.function.UnaryOperator<String> change) throws IOException {
        Path path = content.resolve(file);
        String text = Files.readString(path);
        String changed = change.apply(text);
        assertFalse(text.equals(changed), "the edit of " + file + " changed nothing");
        Files.writeString(path, changed);
    }

    private int line(String file, String text) throws IOException {
        List<String> lines = Files.readAllLines(content.resolve(file));
        return lines.indexOf(text) + 1;
    }

    /** Dates every file of the output in the past, the marker too, as if the build had run long ago. */
    private void backdate() throws IOException {
        forEachFile(file -> {
            try {
                Files.setLastModifiedTime(file, PAST);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** The site paths of the files written since {@link #backdate}. */
    private Set<String> rewritten() throws IOException {
        Set<String> written = new TreeSet<>();
        forEachFile(file -> {
            try {
                if (!Files.getLastModifiedTime(file).equals(PAST)) {
                    written.add(site.relativize(file).toString().replace('\\', '/'));
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return written;
    }

    /** Every file of the output with its bytes and time. */
    private Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new TreeMap<>();
        forEachFile(file -> {
            try {
                files.put(site.relativize(file).toString(), Arrays.hashCode(Files.readAllBytes(file)) + "@"
                        + Files.getLastModifiedTime(file) + "#" + Files.size(file));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return files;
    }

    /** What the project folder holds: no staging or backup folder may be left beside the output. */
    private Set<String> siblings() throws IOException {
        try (Stream<Path> entries = Files.list(project)) {
            return entries.map(path -> path.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private void forEachFile(Consumer<Path> action) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            files.filter(Files::isRegularFile).forEach(action);
        }
    }
}
