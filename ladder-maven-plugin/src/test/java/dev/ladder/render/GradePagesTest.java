package dev.ladder.render;

import dev.ladder.LadderFixture;
import dev.ladder.model.GradePairs;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import static dev.ladder.LadderFixture.engineeringLevel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the grades add to a site: the home page's grid, each level's "Same grade in other tracks", the pages
 * comparing levels of two tracks at one grade, and the grades in ladder.json.
 */
class GradePagesTest {

    private static final String CROSS = "engineering/compare-e2-with-ops-s1.html";

    @TempDir
    Path dir;

    /**
     * Engineering E1 to E3 at G1, G2, G3; operations' S1 at G2 with Delivery (shared with engineering) and
     * On-call (its own). Engineering comes first on the site (no family before the family Operations).
     */
    private LadderFixture graded() {
        return LadderFixture.engineering(dir)
                .write("content/_index.md", """
                        ---
                        title: Test Ladder
                        grades:
                          - G1: Associate
                          - G2: Intermediate
                          - G3
                        ---
                        What we expect.
                        """)
                .write("content/engineering/e1.md", engineeringLevel("E1", "Junior", "grade: G1\n",
                        "- Ships small changes with help.", "- Follows the team's design patterns."))
                .write("content/engineering/e2.md", engineeringLevel("E2", "Mid", "grade: G2\n",
                        "- Ships features on their own.\n- Reviews code of peers.",
                        "- Designs modules within one service, see [E1](e1.md)."))
                .write("content/engineering/e3.md", engineeringLevel("E3", "Senior", "grade: G3\n",
                        "- Leads delivery of projects across the team.", "- Designs services."))
                .write("content/ops/_index.md", """
                        ---
                        title: Site Reliability Engineer
                        family: Operations
                        levels: [S1]
                        competencies: [Delivery, On-call]
                        ---
                        """)
                .write("content/ops/s1.md", """
                        ---
                        level: S1
                        title: Associate
                        grade: G2
                        ---
                        ## Delivery

                        - Ships features on their own.
                        - Automates toil away, as [the runbook](#on-call) says.

                        ## On-call

                        - Takes part in the on-call rotation.
                        """);
    }

    @Test
    void theHomePageShowsARowPerGradeLowestFirstAndAColumnPerTrack() {
        RenderedSite site = RenderedSite.build(graded().options());

        Document home = site.page("index.html");
        Element grid = home.selectFirst("table.grade-grid");
        assertEquals(List.of("Grade", "Engineering", "Site Reliability Engineer"), grid.select("thead th").eachText());
        assertEquals(List.of("grade-G1", "grade-G2", "grade-G3"), grid.select("tbody tr").eachAttr("id"));
        assertEquals(List.of("G1 Associate", "G2 Intermediate", "G3"), grid.select("tbody th").eachText());
        Element g2 = grid.selectFirst("tr#grade-G2");
        assertEquals(List.of("engineering/e2.html", "ops/s1.html"), g2.select("td a").eachAttr("href"));
        assertEquals(List.of("E2 Mid", "S1 Associate"), g2.select("td a").eachText());
        Element g3ops = grid.select("tr#grade-G3 td").get(1);
        assertTrue(g3ops.hasClass("empty"));
        assertEquals("No level of Site Reliability Engineer at G3", g3ops.selectFirst(".none").text());
    }

    @Test
    void aLevelPageListsTheSameGradeInOtherTracksWithTheComparePage() {
        RenderedSite site = RenderedSite.build(graded().options());

        Element same = site.page("engineering/e2.html").selectFirst("section.same-grade");
        assertEquals("Same grade in other tracks", same.selectFirst("h2#same-grade").text());
        assertEquals("../index.html#grade-G2", same.selectFirst("p a").attr("href"));
        assertEquals(List.of("../ops/s1.html", "../" + CROSS), same.select("li a").eachAttr("href"));
        assertEquals("S1 Associate in Site Reliability Engineer · Compare E2 with S1", same.selectFirst("li").text());
        Element back = site.page("ops/s1.html").selectFirst("section.same-grade");
        assertEquals(List.of("../engineering/e2.html", "../" + CROSS), back.select("li a").eachAttr("href"));
        Element alone = site.page("engineering/e1.html").selectFirst("section.same-grade");
        assertEquals("E1 is at grade G1 Associate; no other track has a level at this grade yet.",
                alone.selectFirst("p").text());
    }

    @Test
    void theComparePageAlignsSharedCompetenciesThenListsEachTracksOwn() {
        LadderFixture ladder = graded();
        RenderedSite site = RenderedSite.build(ladder.options());

        assertEquals(List.of(CROSS), site.pages().stream().filter(page -> page.contains("-with-")).toList());
        Document page = site.page(CROSS);
        assertEquals("E2 Mid (Engineering) and S1 Associate (Site Reliability Engineer)", page.selectFirst("h1").text());
        assertEquals(List.of("delivery", "only-first", "only-second"), page.select("section.compared")
                .eachAttr("aria-labelledby"));
        Element delivery = page.selectFirst("section.compared");
        assertEquals(List.of("E2 Mid (Engineering)", "S1 Associate (Site Reliability Engineer)"),
                delivery.select(".side h3").eachText());
        assertEquals(List.of("../engineering/e2.html#delivery", "../ops/s1.html#delivery"), delivery.select(".side h3 a")
                .eachAttr("href"));
        assertEquals("How E2 and S1 differ: 1 only at E2, 1 only at S1, 1 the same",
                delivery.selectFirst(".diff-title").text());
        assertEquals(List.of("Reviews code of peers."), delivery.select("ul.left-bullets li").eachText());
        // The other track's link within its own page leads there from this page.
        assertEquals("../ops/s1.html#on-call", delivery.selectFirst("ul.added-bullets a").attr("href"));
        assertEquals(List.of("Ships features on their own."), delivery.select("details.same-bullets li").eachText());
        assertEquals(List.of("Design only in Engineering"), page.select("section[aria-labelledby=only-first] h3").eachText());
        assertEquals("e1.html", page.selectFirst("section[aria-labelledby=only-first] a[href=e1.html]").attr("href"));
        assertEquals(List.of("On-call only in Site Reliability Engineer"), page.select("section[aria-labelledby=only-second] h3").eachText());
    }

    @Test
    void theComparePagesAreInTheSitemap() {
        LadderFixture ladder = graded();
        RenderedSite.build(ladder.optionsBuilder().baseUrl("https://intranet.example/ladder/").build());

        assertTrue(ladder.page("sitemap.xml").contains("<loc>https://intranet.example/ladder/" + CROSS + "</loc>"));
    }

    @Test
    void withoutComparePagesTheSameGradeListHasNoCompareLinks() {
        LadderFixture ladder = graded();
        RenderedSite site = RenderedSite.build(ladder.optionsBuilder().compare(false).build());

        assertFalse(ladder.exists(CROSS));
        assertEquals(List.of("../ops/s1.html"), site.page("engineering/e2.html").select("section.same-grade li a")
                .eachAttr("href"));
    }

    @Test
    void ladderJsonCarriesTheGradesAndEachLevelsGrade() throws Exception {
        LadderFixture ladder = graded();
        RenderedSite.build(ladder.options());

        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(ladder.page("ladder.json"));
        assertEquals("[{\"id\":\"G1\",\"name\":\"Associate\"},{\"id\":\"G2\",\"name\":\"Intermediate\"},"
                + "{\"id\":\"G3\",\"name\":\"\"}]", json.get("grades").toString());
        assertEquals("G2", json.get("tracks").get(1).get("levels").get(0).get("grade").asText());
        assertEquals(List.of("G1", "G2", "G3"), json.get("tracks").get(0).get("levels").findValuesAsText("grade"));
    }

    @Test
    void aLadderWithoutGradesShowsNothingOfThem() {
        LadderFixture ladder = LadderFixture.engineering(dir).withOperationsTrack();
        RenderedSite site = RenderedSite.build(ladder.options());

        assertNull(site.page("index.html").selectFirst(".grade-grid, .job-architecture"));
        assertNull(site.page("engineering/e2.html").selectFirst(".same-grade"));
        assertFalse(ladder.page("ladder.json").contains("grade"));
        assertTrue(site.pages().stream().noneMatch(page -> page.contains("-with-")));
    }

    @Test
    void atAGradeWithManyTracksALevelListsTheLevelsItIsComparedWithAndLinksToTheGridForTheRest() {
        LadderFixture ladder = LadderFixture.in(dir).write("content/_index.md",
                "---\ntitle: Test Ladder\ngrades: [G1]\n---\nMany tracks.\n").delete("content/eng");
        int tracks = GradePairs.ALL_PAIRS_UP_TO + 2;
        for (int i = 10; i < 10 + tracks; i++) {
            ladder.write("content/t" + i + "/_index.md", "---\ntitle: Track " + i + "\nlevels: [L1]\n"
                    + "competencies: [Delivery]\n---\n")
                    .write("content/t" + i + "/l1.md", "---\nlevel: L1\ntitle: Level\ngrade: G1\n---\n## Delivery\n\n"
                            + "- Delivers " + i + ".\n");
        }
        RenderedSite site = RenderedSite.build(ladder.options());

        assertEquals(tracks - 1, site.pages().stream().filter(page -> page.contains("-with-")).count(),
                "each level is compared with the next track's only");
        Element same = site.page("t15/l1.html").selectFirst("section.same-grade");
        assertEquals(List.of("../t14/l1.html", "../t14/compare-l1-with-t15-l1.html", "../t16/l1.html",
                "../t15/compare-l1-with-t16-l1.html", "../index.html#grade-G1"), same.select("li a, p:last-child a")
                .eachAttr("href"));
        assertEquals("All 13 levels of other tracks at G1 are in the grid.", same.selectFirst("p:last-child").text());
    }

    @Test
    void aGradeWithManyLevelsAcrossTracksComparesEachOnlyWithTheNextOfAnotherTrack() {
        List<Integer> twelve = java.util.stream.IntStream.range(0, GradePairs.ALL_PAIRS_UP_TO).boxed().toList();
        assertEquals(66, GradePairs.among(twelve).size(), "12 levels in 12 tracks compare every pair");
        List<Integer> thirteen = java.util.stream.IntStream.range(0, GradePairs.ALL_PAIRS_UP_TO + 1).boxed().toList();
        assertEquals(12, GradePairs.among(thirteen).size(), "13 levels compare each with the next");
        // Two levels of one track then one of another: both of the first compare with the third, never each other.
        assertEquals(List.of(new GradePairs.Pair(0, 2), new GradePairs.Pair(1, 2)), GradePairs.among(List.of("a", "a", "b")));
        assertEquals(List.of(), GradePairs.among(Collections.nCopies(20, "one track")),
                "levels of one track are never compared across tracks");
    }
}
