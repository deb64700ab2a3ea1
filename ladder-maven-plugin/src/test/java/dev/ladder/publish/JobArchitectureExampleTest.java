package dev.ladder.publish;

import dev.ladder.BuildOptions;
import dev.ladder.BuildResult;
import dev.ladder.SiteGenerator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code examples/job-architecture}: software engineering and engineering management mapped to eight grades.
 * It builds without a problem, and its grid, same-grade lists and cross-track compare pages link to each other.
 */
class JobArchitectureExampleTest {

    private static final String MOVE = "engineering-management/compare-m1-with-software-engineering-p4.html";

    @TempDir
    static Path temp;

    private static BuiltSite site;

    @BeforeAll
    static void build() {
        site = BuiltSite.buildExampleInto(temp.resolve("site"));
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(site.file(path).toFile(), "UTF-8");
    }

    @Test
    void theExampleBuildsWithoutAWarning() {
        Path project = BuiltSite.projectDirectory();
        BuildResult result = SiteGenerator.check(BuildOptions.builder(project)
                .content(project.resolve(BuiltSite.EXAMPLE)).output(temp.resolve("checked")).build());
        assertEquals(List.of(), result.problems().stream().map(problem -> problem.format(project)).toList());
    }

    @Test
    void theGridHasEveryGradeLowestFirstWithEachTracksLevelsAtIt() throws IOException {
        Element grid = page("index.html").selectFirst("table.grade-grid");
        assertEquals(List.of("Grade", "Engineering Management", "Software Engineer"), grid.select("thead th").eachText());
        assertEquals(List.of("G1 Associate", "G2 Intermediate", "G3 Senior", "G4 Lead", "G5 Staff", "G6 Principal",
                "G7 Director", "G8 Vice President"), grid.select("tbody th").eachText());
        assertEquals(List.of("engineering-management/m1.html", "software-engineering/p4.html"),
                grid.select("tr#grade-G4 a").eachAttr("href"));
        assertEquals(List.of("engineering-management/m4.html"), grid.select("tr#grade-G7 a").eachAttr("href"));
        assertEquals(List.of(), grid.select("tr#grade-G8 a").eachAttr("href"));
        for (String link : grid.select("tbody a").eachAttr("href")) {
            assertTrue(site.files().contains(link), () -> "the grid links to " + link + ", which the site does not have");
        }
    }

    @Test
    void eachLevelPageLinksToItsGradeAndTheSameGradeInTheOtherTrack() throws IOException {
        Element p4 = page("software-engineering/p4.html").selectFirst("section.same-grade");
        assertEquals("../index.html#grade-G4", p4.selectFirst("p a").attr("href"));
        assertEquals(List.of("../engineering-management/m1.html", "../" + MOVE), p4.select("li a").eachAttr("href"));
        Element m1 = page("engineering-management/m1.html").selectFirst("section.same-grade");
        assertEquals(List.of("../software-engineering/p4.html", "../" + MOVE), m1.select("li a").eachAttr("href"));
        Element p1 = page("software-engineering/p1.html").selectFirst("section.same-grade");
        assertTrue(p1.text().contains("no other track has a level at this grade yet"), p1::text);
    }

    @Test
    void theComparePageSetsTheSharedCompetenciesSideBySideThenEachTracksOwn() throws IOException {
        assertEquals(List.of(MOVE, "engineering-management/compare-m2-with-software-engineering-p5.html",
                        "engineering-management/compare-m3-with-software-engineering-p6.html"),
                site.files().stream().filter(file -> file.contains("-with-")).toList());
        Document move = page(MOVE);
        assertEquals("M1 Engineering Manager (Engineering Management) and P4 Senior-plus / Team Technical Lead "
                + "(Software Engineer)", move.selectFirst("h1").text());
        assertEquals(List.of("Incident response", "Scope and leadership", "Only in Engineering Management",
                "Only in Software Engineer"), move.select("section.compared > h2").eachText());
        assertEquals(List.of("../engineering-management/m1.html#incident-response",
                "../software-engineering/p4.html#incident-response"),
                move.selectFirst("section.compared").select(".side h3 a").eachAttr("href"));
        // P4's picture, written relative to its own folder, shows from the management track's folder too.
        assertEquals("../software-engineering/images/incident-lifecycle.png", move.selectFirst(".side img").attr("src"));
        assertEquals(4, move.select("section[aria-labelledby=only-first] h3").size());
        assertEquals(4, move.select("section[aria-labelledby=only-second] h3").size());
        assertEquals("../index.html#grade-G4", move.selectFirst(".compare-others a").attr("href"));
    }
}
