package dev.ladder.versions;

import dev.ladder.BuildResult;
import dev.ladder.LadderFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The versions archive of a ladder released three times, in a real git repository made with JGit. */
class VersionsArchiveTest {

    @TempDir
    Path project;

    private ReleasedLadder released;
    private LadderFixture ladder;

    @BeforeEach
    void release() throws Exception {
        released = ReleasedLadder.in(project);
        ladder = released.fixture();
    }

    private Document page(String path) {
        return Jsoup.parse(ladder.page(path));
    }

    @Test
    void everyReleaseIsASiteOfItsOwnFromItsCommit() {
        BuildResult result = released.build("v*");

        assertEquals("", ladder.text(result));
        assertEquals(3, result.versions());
        assertEquals(3, result.versionsRendered());
        // Each version is read from its commit's tree, not from the working tree.
        assertTrue(ladder.exists("versions/v1.0/engineering/e4.html"));
        assertTrue(ladder.exists("versions/v1.0/engineering/e3.html"));
        assertTrue(page("versions/v1.0/engineering/e1.html").select("h2#mentoring").size() == 1);
        assertTrue(ladder.exists("versions/v2.0/engineering/e3-senior.html"));
        assertTrue(ladder.page("versions/v3.0/engineering/e2.html").contains("end to end"));
        assertFalse(ladder.page("versions/v3.0/engineering/e1.html").contains("asks why"));
        assertTrue(ladder.page("engineering/e1.html").contains("asks why"));
        // Each is whole: its own assets and home page, and relative links that stay inside it.
        assertTrue(ladder.exists("versions/v2.0/assets/style.css"));
        assertEquals("../index.html", page("versions/v2.0/engineering/e2.html")
                .selectFirst("nav.breadcrumb a, .breadcrumb a").attr("href"));
    }

    @Test
    void archivedPagesCarryTheBannerAndStayOutOfSearchEngines() {
        released.build("v*");

        Document e1 = page("versions/v1.0/engineering/e1.html");
        Element banner = e1.selectFirst(".archive-banner");
        assertNotNull(banner, "no banner on an archived page");
        assertEquals("Version 1.0, effective 6 January 2025 — the current version is 3.1. All versions",
                banner.text());
        assertEquals("../../../engineering/e1.html", banner.selectFirst("a").attr("href"));
        assertEquals("noindex", e1.selectFirst("meta[name=robots]").attr("content"));
        // A renamed level leads to its new address; a level that no longer exists, to its track.
        assertEquals("../../../engineering/e3-senior.html",
                page("versions/v1.0/engineering/e3.html").selectFirst(".archive-banner a").attr("href"));
        assertEquals("../../../engineering/index.html",
                page("versions/v1.0/engineering/e4.html").selectFirst(".archive-banner a").attr("href"));
        assertEquals("../../index.html", page("versions/v2.0/index.html").selectFirst(".archive-banner a")
                .attr("href"));
        // The current site has no banner and is not marked noindex.
        assertNull(page("engineering/e1.html").selectFirst(".archive-banner"));
        assertNull(page("engineering/e1.html").selectFirst("meta[name=robots]"));
    }

    @Test
    void archivedPagesAreLeftOutOfTheSitemap() {
        released.fixture();
        dev.ladder.SiteGenerator.build(ladder.optionsBuilder().versions(List.of("v*"))
                .baseUrl("https://ladder.example/").build());

        String sitemap = ladder.page("sitemap.xml");
        assertTrue(sitemap.contains("https://ladder.example/versions.html"));
        assertTrue(sitemap.contains("https://ladder.example/engineering/e1.html"));
        assertFalse(sitemap.contains("versions/v"), sitemap);
        assertFalse(ladder.exists("versions/v1.0/sitemap.xml"));
    }

    @Test
    void theVersionsPageListsEachVersionWithWhatChangedFromTheOneBefore() {
        released.build("v*");

        Document versions = page("versions.html");
        List<String> headings = versions.select("section.version > h2").eachText();
        assertEquals(List.of("Version 3.1 (current)", "Version 3.0", "Version 2.0", "Version 1.0"), headings);
        Element v2 = versions.select("section.version").get(2);
        assertTrue(v2.text().contains("Effective 1 July 2025"), v2.text());
        assertEquals("versions/v2.0/index.html", v2.selectFirst(".version-facts a").attr("href"));
        assertTrue(v2.text().contains("Changes from version 1.0"), v2.text());
        assertTrue(v2.text().contains("Removed competency Mentoring"), v2.text());
        assertTrue(v2.text().contains("Removed level E4 Principal"), v2.text());
        assertTrue(v2.text().contains("Renamed level E3 Senior: e3.html is now e3-senior.html"), v2.text());
        Element v3 = versions.select("section.version").get(1);
        assertEquals(List.of("own, end to end."), v3.select(".word-diff ins").eachText());
        assertEquals(List.of("own."), v3.select(".word-diff del").eachText());
        assertTrue(v3.selectFirst(".version-changes + .lead").text().startsWith("E2: 1 competency reworded"),
                v3.text());
        assertTrue(versions.select("section.version").get(3).text().contains("The first version published."));
        // Linked from every footer, current and archived, next to the version.
        assertEquals("../versions.html", page("engineering/e2.html").selectFirst(".site-footer a[href$=versions.html]")
                .attr("href"));
        assertEquals("../../../versions.html", page("versions/v1.0/engineering/e2.html")
                .selectFirst(".site-footer a[href$=versions.html]").attr("href"));
    }

    @Test
    void currentLevelPagesMarkTheCompetenciesChangedSinceThePreviousVersion() {
        released.build("v*");

        Document e1 = page("engineering/e1.html");
        assertEquals(List.of("design"), e1.select("section.competency h2:has(.changed-mark)").eachAttr("id"));
        assertTrue(e1.selectFirst("h2#design .changed-mark").text().contains("since version 3.0"));
        assertTrue(page("engineering/e2.html").select(".changed-mark").isEmpty());
    }

    @Test
    void aSecondBuildRendersNoArchivedVersion() throws Exception {
        released.build("v*");
        Path archived = ladder.site().resolve("versions/v1.0/engineering/e1.html");
        FileTime before = Files.getLastModifiedTime(archived);
        ladder.write("content/engineering/e2.md", LadderFixture.engineeringLevel("E2", "Mid", "",
                "- Ships features on their own, end to end.\n- Reviews code of peers and mentors.",
                "- Designs modules within one service."));

        BuildResult again = released.build("v*");

        assertEquals("", ladder.text(again));
        assertTrue(again.written());
        assertEquals(3, again.versions());
        assertEquals(0, again.versionsRendered(), "an archived version was rendered again");
        assertTrue(ladder.page("engineering/e2.html").contains("mentors"));
        assertTrue(ladder.exists("versions/v1.0/engineering/e4.html"));
        assertEquals(before, Files.getLastModifiedTime(archived));
    }

    @Test
    void changedTemplatesRenderEveryVersionAgain() {
        released.build("v*");
        ladder.write("templates/partials/branding.ftlh", "<p class=\"brand\">${site.title} (new look)</p>\n");

        BuildResult again = released.build("v*");

        assertEquals("", ladder.text(again));
        assertEquals(3, again.versionsRendered());
        assertTrue(ladder.page("versions/v1.0/index.html").contains("(new look)"));
    }

    @Test
    void theNewestReleaseIsTheCurrentSiteWhenNothingChangedSince() throws Exception {
        released.commitAndTag("v3.1");

        BuildResult result = released.build("v*");

        assertEquals("", ladder.text(result));
        assertEquals(3, result.versions());
        assertFalse(ladder.exists("versions/v3.1"));
        Document versions = page("versions.html");
        assertEquals(List.of("Version 3.1 (current)", "Version 3.0", "Version 2.0", "Version 1.0"),
                versions.select("section.version > h2").eachText());
        assertTrue(versions.selectFirst("section.version .version-facts").text().contains("(from v3.1, commit "),
                versions.selectFirst("section.version").text());
    }

    /** An archived version's pages are made with the build's options: its compare pages at the same reach. */
    @Test
    void archivedVersionsAreComparedAtTheBuildsReach() {
        BuildResult nextOnly = dev.ladder.SiteGenerator.build(ladder.optionsBuilder().versions(List.of("v1.0"))
                .compareReach("1").build());
        assertEquals("", ladder.text(nextOnly));
        assertTrue(ladder.exists("versions/v1.0/engineering/compare-e3-e4.html"));
        assertFalse(ladder.exists("versions/v1.0/engineering/compare-e2-e4.html"));
        assertEquals(List.of("compare-e1-e2.html", "compare-e2-e3.html", "compare-e3-e4.html"),
                page("versions/v1.0/engineering/index.html").select("nav.compare-picker a").eachAttr("href"));

        BuildResult every = dev.ladder.SiteGenerator.build(ladder.optionsBuilder().versions(List.of("v1.0"))
                .compareReach("all").build());
        assertEquals("", ladder.text(every));
        assertTrue(ladder.exists("versions/v1.0/engineering/compare-e1-e4.html"));
    }

    @Test
    void withoutVersionsTheSiteHasNoArchive() {
        BuildResult result = released.build();

        assertEquals(0, result.versions());
        assertFalse(ladder.exists("versions.html"));
        assertFalse(ladder.exists("versions"));
        assertNull(page("engineering/e1.html").selectFirst(".site-footer a[href$=versions.html]"));
    }

    @Test
    void checkRendersTheArchiveInMemory() {
        assertEquals(List.of(), ladder.lines(dev.ladder.SiteGenerator.check(released.options("v1.0", "v2.0"))));
        assertFalse(ladder.exists("versions"));
    }

    @Test
    void anArchivedVersionPublishesTheImagesBesideItsPagesFromItsOwnCommit() throws Exception {
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        ladder.writeBytes("content/engineering/images/flow.png", png);
        ladder.write("content/engineering/e2.md", LadderFixture.engineeringLevel("E2", "Mid", "",
                "- Ships features.\n- Follows the [flow](images/flow.png).", "- Designs modules."));
        released.commitAndTag("v3.2");
        // The current ladder no longer has the image: the archive must take it from the tagged commit.
        ladder.write("content/engineering/e2.md", LadderFixture.engineeringLevel("E2", "Mid", "",
                "- Ships features.", "- Designs modules."));
        ladder.delete("content/engineering/images/flow.png");
        Files.delete(ladder.path("content/engineering/images"));

        BuildResult result = released.build("v3.2");

        assertEquals("", ladder.text(result));
        assertTrue(ladder.exists("versions/v3.2/engineering/images/flow.png"));
        assertTrue(java.util.Arrays.equals(png,
                Files.readAllBytes(ladder.path("site/versions/v3.2/engineering/images/flow.png"))));
        assertEquals("images/flow.png",
                page("versions/v3.2/engineering/e2.html").selectFirst("a[href$=flow.png]").attr("href"));
        assertFalse(ladder.exists("engineering/images/flow.png"));
    }

    @Test
    void aVersionWithErrorsIsLeftOutAndTheRestIsBuilt() throws Exception {
        ladder.write("content/engineering/e2.md", LadderFixture.engineeringLevel("E2", "Mid", "",
                "- Ships features.", "- Designs modules.").replace("## Design", "## Dezign"));
        released.commitAndTag("v3.1-broken");
        ladder.write("content/engineering/e2.md", LadderFixture.engineeringLevel("E2", "Mid", "",
                "- Ships features.", "- Designs modules."));

        BuildResult result = released.build("v*");

        assertTrue(result.written());
        List<String> lines = ladder.lines(result);
        assertEquals(1, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("warning: version v3.1-broken ("), lines.get(0));
        assertTrue(lines.get(0).contains("is left out of the site: content/engineering/e2.md:"), lines.get(0));
        assertTrue(lines.get(0).contains("'## Dezign'"), lines.get(0));
        assertFalse(ladder.exists("versions/v3.1-broken"));
        assertTrue(ladder.exists("versions/v3.0/index.html"));
        assertFalse(ladder.page("versions.html").contains("v3.1-broken"));
    }

    @Test
    void twoRefsOfOneCommitAreBuiltOnceAndABranchNameBecomesAFolderName() throws Exception {
        released.git().branchCreate().setName("release/2").setStartPoint("v2.0").call();

        BuildResult result = released.build("v2.0", "release/2", "v1.0");

        assertEquals(List.of("warning: ladder.versions: release/2 and v2.0 are the same commit ("
                + result.problems().get(0).message().replaceAll(".*\\((\\w{7})\\).*", "$1")
                + "); it is published once, as versions/v2.0/"), ladder.lines(result));
        assertEquals(2, result.versions());
        assertFalse(ladder.exists("versions/release-2"));
        released.git().branchCreate().setName("release/1").setStartPoint("v1.0").call();
        assertEquals("", ladder.text(released.build("release/1")));
        assertTrue(ladder.exists("versions/release-1/engineering/e4.html"));
        assertFalse(ladder.exists("versions/v2.0"), "a version no longer named is still in the site");
    }

    @Test
    void refsThatNameNoVersionStopTheBuild() {
        BuildResult result = released.build("v3.1", "rel-*");

        assertFalse(result.written());
        assertEquals(List.of(
                "error: ladder.versions: git ref 'v3.1' does not exist (did you mean 'v3.0'?); give a tag, a branch "
                        + "or a commit id, or a pattern such as v*",
                "error: ladder.versions: no tag matches 'rel-*' (the tags are v1.0, v2.0, v3.0); tag each release "
                        + "of the ladder, such as 'git tag v1.0', or change the pattern"), ladder.lines(result));
    }

    @Test
    void aRefThatCannotNameAFolderIsLeftOutWithAWarning() {
        BuildResult result = released.build("HEAD~2", "v2.0");

        assertTrue(result.written());
        assertEquals(List.of("warning: ladder.versions: 'HEAD~2' cannot name a folder of the site: a version's name "
                + "may hold only letters, digits, '.', '-' and '_' (a '/' becomes '-'), and starts with a letter or "
                + "digit; this version is left out, so tag it with such a name"), ladder.lines(result));
        assertEquals(1, result.versions());
        try (var folders = Files.list(ladder.site().resolve("versions"))) {
            assertEquals(List.of("v2.0"), folders.map(folder -> folder.getFileName().toString()).toList());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
