package dev.ladder;

import dev.ladder.write.FileTree;
import dev.ladder.write.OutputGuard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live preview's builds after a series of edits to the repository's ladder (with a second track beside
 * the first), each compared with a whole {@code ladder:build} of the same sources into a fresh folder: the
 * same problems, and file by file the same bytes. Edits to the text of level files render only the pages
 * they affect; edits that add, remove or rename files, or change the home page or the templates, render
 * everything.
 */
class PartialRebuildTest {

    private static final Path REPOSITORY = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
            .toAbsolutePath().getParent();

    @TempDir
    Path dir;
    private Path content;
    private BuildOptions options;
    private PreviewSite preview;
    private int builds;
    private int pages;

    @BeforeEach
    void copyTheRepositorysLadderWithASecondTrack() throws IOException {
        Path project = dir.resolve("project");
        FolderCopy.copy(REPOSITORY.resolve("content"), project.resolve("content"));
        FolderCopy.copy(REPOSITORY.resolve("templates"), project.resolve("templates"));
        FolderCopy.copy(project.resolve("content/software-engineering"), project.resolve("content/platform"));
        edit(project.resolve("content/platform/_index.md"), "title: Software Engineer", "title: Platform Engineer");
        pages = start(BuildOptions.builder(project).baseUrl("https://intranet.example/ladder/")
                .output(dir.resolve("preview")).build());
    }

    /** Starts a preview of {@code options}' project, and checks its first build; returns its number of files. */
    private int start(BuildOptions options) {
        this.options = options;
        content = options.content();
        preview = new PreviewSite(options);
        PreviewSite.Build first = preview.build(Set.of());
        assertTrue(first.result().written(), first.result().problems().toString());
        assertFalse(first.partial());
        assertSameAsAWholeBuild(first);
        return first.result().pages();
    }

    @Test
    void everyEditLeavesTheSiteAWholeBuildWouldWrite() throws IOException {
        PreviewSite.Build bullet = rebuild(edit("software-engineering/p3.md", "Leads delivery of multi-sprint",
                "Leads the delivery of multi-sprint"));
        assertPartial(bullet, pages);

        assertPartial(rebuild(edit("software-engineering/p3.md", "title: Senior\n", "title: Senior engineer\n")),
                pages);

        PreviewSite.Build linked = rebuild(edit("platform/p2.md", "## Feature development\n",
                "## Feature development\n\n- Learns from [the software P3](../software-engineering/p3.md#observability)."
                        + "\n"));
        assertPartial(linked, pages);

        assertPartial(rebuild(edit("software-engineering/p3.md", "Sets the tone for code review",
                "Sets the tone of code review")), pages);

        PreviewSite.Build broken = rebuild(edit("software-engineering/p3.md", "title: Senior engineer\n",
                "title: [Senior engineer\n"));
        assertFalse(broken.result().written(), "a build with a broken front matter wrote the site");

        // Fixed as it was before: the site the last good build left is already right.
        PreviewSite.Build fixed = rebuild(edit("software-engineering/p3.md", "title: [Senior engineer\n",
                "title: Senior engineer\n"));
        assertTrue(fixed.partial());
        assertEquals(0, fixed.rendered());

        Files.delete(file("platform/p6.md"));
        assertWhole(rebuild(file("platform/p6.md"),
                edit("platform/_index.md", "levels: [P1, P2, P3, P4, P5, P6]", "levels: [P1, P2, P3, P4, P5]")));

        Files.writeString(file("platform/p6.md"), Files.readString(file("software-engineering/p6.md"))
                .replace("title: Principal", "title: Platform principal"));
        assertWhole(rebuild(file("platform/p6.md"),
                edit("platform/_index.md", "levels: [P1, P2, P3, P4, P5]", "levels: [P1, P2, P3, P4, P5, P6]")));

        Files.writeString(file("CHANGELOG.md"), "# Changes\n\n- Platform track added.\n");
        assertWhole(rebuild(file("CHANGELOG.md")));
        assertPartial(rebuild(edit("CHANGELOG.md", "added.", "added, with six levels.")), pages);

        assertWhole(rebuild(edit("_index.md", "title: ", "title: The ")));

        Path branding = content.resolveSibling("templates/partials/branding.ftlh");
        Files.writeString(branding, Files.readString(branding).replace("Technical and Professional Roles",
                "Technical roles"));
        assertWhole(rebuild(branding));

        assertPartial(rebuild(edit("platform/p4.md", "## Observability\n", "## Observability\n\nNew intro.\n")),
                pages);
    }

    @Test
    void aSaveThatChangesNothingOnAPageRendersOnlyWhatItMustAndWritesNothing() throws IOException {
        Path level = file("platform/p5.md");
        Files.writeString(level, Files.readString(level));
        PreviewSite.Build same = rebuild(level);
        assertTrue(same.partial());
        assertEquals(0, same.rendered(), "pages were rendered though the ladder is the same");
        assertEquals(Set.of(), Set.copyOf(same.written().orElseThrow()));
    }

    @Test
    void levelsAtOneGradeInOtherTracksAreRenderedAgainWithTheLevelTheyShow() throws IOException {
        Path project = dir.resolve("graded");
        FolderCopy.copy(REPOSITORY.resolve("examples/job-architecture"), project.resolve("content"));
        int files = start(BuildOptions.builder(project).output(dir.resolve("graded-preview")).build());

        // The level's title is on the level pages of other tracks at its grade and on their compare pages.
        PreviewSite.Build renamed = rebuild(edit("software-engineering/p4.md", "title: Senior-plus",
                "title: Senior plus"));
        assertTrue(renamed.partial(), "a level's new title rendered every page");
        PreviewSite.Build bullet = rebuild(edit("software-engineering/p4.md", "- Owns delivery of large projects",
                "- Owns the delivery of large projects"));
        assertTrue(bullet.partial() && bullet.rendered() < files, "rendered " + bullet.rendered() + " of " + files);
    }

    @Test
    void aTemplateThatReadsTheWholeLadderMakesEverySaveRenderEverything() throws IOException {
        Path footer = content.resolveSibling("templates/partials/footer.ftlh");
        Files.writeString(footer, "<p><#list ladder.tracks as track>${track.title} </#list></p>\n");
        assertWhole(rebuild(footer));

        // A track's title is now on every page, those of the other track too.
        assertWhole(rebuild(edit("platform/_index.md", "title: Platform Engineer", "title: Platform engineer")));
    }

    private void assertPartial(PreviewSite.Build build, int pages) {
        assertTrue(build.partial(), "build " + builds + " rendered every page");
        // One track's pages, the home page, the sitemap and the data files: never the other track's.
        long trackPages = site(options.output()).keySet().stream()
                .filter(path -> path.startsWith("platform/") && path.endsWith(".html")).count();
        assertTrue(build.rendered() > 0 && build.rendered() <= pages - trackPages, "build " + builds + " rendered "
                + build.rendered() + " of " + pages + " files");
    }

    private void assertWhole(PreviewSite.Build build) {
        assertFalse(build.partial(), "build " + builds + " rendered only some pages");
    }

    /** Builds after the change of {@code changed}, and compares the preview's site with a whole build. */
    private PreviewSite.Build rebuild(Path... changed) {
        PreviewSite.Build build = preview.build(Set.of(changed));
        assertSameAsAWholeBuild(build);
        return build;
    }

    private void assertSameAsAWholeBuild(PreviewSite.Build build) {
        builds++;
        Path fresh = dir.resolve("whole-" + builds);
        BuildResult whole = SiteGenerator.build(options.withOutput(fresh));
        assertEquals(whole.problems(), build.result().problems(), "build " + builds);
        assertEquals(whole.written(), build.result().written(), "build " + builds + ": " + whole.problems());
        if (!whole.written()) {
            return;
        }
        assertEquals(whole.pages(), build.result().pages(), "build " + builds);
        Map<String, String> expected = site(fresh);
        Map<String, String> actual = site(options.output());
        assertEquals(expected.keySet(), actual.keySet(), "build " + builds);
        expected.forEach((path, bytes) -> assertEquals(bytes, actual.get(path), "build " + builds + ": " + path));
    }

    /** The site's files but its marker, whose fingerprint only {@code ladder:build} records. */
    private static Map<String, String> site(Path folder) {
        Map<String, String> files = new TreeMap<>(FileTree.of(folder));
        files.remove(OutputGuard.MARKER);
        return files;
    }

    private Path file(String path) {
        return content.resolve(path);
    }

    private Path edit(String path, String from, String to) throws IOException {
        return edit(file(path), from, to);
    }

    private static Path edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " has no '" + from + "'");
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
        return file;
    }
}
