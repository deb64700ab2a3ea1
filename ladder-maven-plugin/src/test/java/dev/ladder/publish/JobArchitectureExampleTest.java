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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code examples/job-architecture}: software engineering, engineering management and QA engineering (a
 * specialisation of software engineering) mapped to eight grades. It builds without a problem; its grid,
 * same-grade lists and cross-track compare pages link to each other; and every section a QA level inherits
 * from software engineering is on the level page (marked as shared), in the matrix, the booklet, the search
 * index and {@code ladder.json} as the level's own, with the base level's words.
 */
class JobArchitectureExampleTest {

    private static final String MOVE = "engineering-management/compare-m1-with-software-engineering-p4.html";
    private static final String BASE = "software-engineering";
    private static final String QA = BuiltSite.SPECIALISATION;

    @TempDir
    static Path temp;

    private static BuiltSite site;
    private static JsonNode tracks;

    @BeforeAll
    static void build() throws IOException {
        site = BuiltSite.buildExampleInto(temp.resolve("site"));
        tracks = new ObjectMapper().readTree(site.file("ladder.json").toFile()).get("tracks");
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
        assertEquals(List.of("Grade", "Engineering Management", "QA Engineer", "Software Engineer"),
                grid.select("thead th").eachText());
        assertEquals(List.of("G1 Associate", "G2 Intermediate", "G3 Senior", "G4 Lead", "G5 Staff", "G6 Principal",
                "G7 Director", "G8 Vice President"), grid.select("tbody th").eachText());
        assertEquals(List.of("engineering-management/m1.html", "qa-engineering/q4.html", "software-engineering/p4.html"),
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
        assertEquals(List.of("../engineering-management/m1.html", "../" + MOVE, "../qa-engineering/q4.html",
                "../qa-engineering/compare-q4-with-software-engineering-p4.html"), p4.select("li a").eachAttr("href"));
        Element m1 = page("engineering-management/m1.html").selectFirst("section.same-grade");
        assertEquals(List.of("../qa-engineering/q4.html", "../engineering-management/compare-m1-with-qa-engineering-q4.html",
                "../software-engineering/p4.html", "../" + MOVE), m1.select("li a").eachAttr("href"));
        Element m4 = page("engineering-management/m4.html").selectFirst("section.same-grade");
        assertTrue(m4.text().contains("no other track has a level at this grade yet"), m4::text);
    }

    @Test
    void theComparePageSetsTheSharedCompetenciesSideBySideThenEachTracksOwn() throws IOException {
        assertEquals(List.of("engineering-management/compare-m1-with-qa-engineering-q4.html", MOVE,
                        "engineering-management/compare-m2-with-qa-engineering-q5.html",
                        "engineering-management/compare-m2-with-software-engineering-p5.html",
                        "engineering-management/compare-m3-with-qa-engineering-q6.html",
                        "engineering-management/compare-m3-with-software-engineering-p6.html",
                        "qa-engineering/compare-q1-with-software-engineering-p1.html",
                        "qa-engineering/compare-q2-with-software-engineering-p2.html",
                        "qa-engineering/compare-q3-with-software-engineering-p3.html",
                        "qa-engineering/compare-q4-with-software-engineering-p4.html",
                        "qa-engineering/compare-q5-with-software-engineering-p5.html",
                        "qa-engineering/compare-q6-with-software-engineering-p6.html"),
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

    /** Each QA level's sections in ladder.json, by competency slug. */
    private static List<Map<String, JsonNode>> sections(String slug) {
        List<Map<String, JsonNode>> levels = new ArrayList<>();
        for (JsonNode track : tracks) {
            if (track.get("slug").asText().equals(slug)) {
                for (JsonNode level : track.get("levels")) {
                    Map<String, JsonNode> sections = new HashMap<>();
                    level.get("sections").forEach(section -> sections.put(section.get("slug").asText(), section));
                    levels.add(sections);
                }
            }
        }
        return levels;
    }

    @Test
    void everyQaLevelWritesTestStrategyAndSharesMostOfTheRestWithItsSoftwareEngineeringLevel() {
        List<Map<String, JsonNode>> qa = sections(QA);
        assertEquals(6, qa.size());
        for (int i = 0; i < qa.size(); i++) {
            Map<String, JsonNode> level = qa.get(i);
            assertTrue(level.get("test-strategy").path("sharedFrom").isMissingNode(), "Q" + (i + 1) + " writes Test strategy");
            long shared = level.values().stream().filter(section -> section.has("sharedFrom")).count();
            assertTrue(shared >= 4 && shared <= 5, "Q" + (i + 1) + " shares " + shared + " of its 7 sections");
        }
    }

    @Test
    void sharedTextIsTheLevelsOwnInTheLevelPageMatrixBookletSearchAndLadderJson() throws IOException {
        List<Map<String, JsonNode>> qa = sections(QA);
        List<Map<String, JsonNode>> base = sections(BASE);
        String search = Files.readString(site.file("search-index.js"));
        Document matrix = page(QA + "/matrix.html");
        Document booklet = page(QA + "/print.html");
        int checked = 0;
        for (int i = 0; i < qa.size(); i++) {
            String level = "q" + (i + 1);
            Document levelPage = page(QA + "/" + level + ".html");
            for (Map.Entry<String, JsonNode> entry : qa.get(i).entrySet()) {
                JsonNode section = entry.getValue();
                if (!section.has("sharedFrom")) {
                    continue;
                }
                String competency = entry.getKey();
                JsonNode from = section.get("sharedFrom");
                assertEquals(BASE, from.get("track").asText());
                assertEquals("P" + (i + 1), from.get("level").asText(), "Q levels build on P levels by place");
                assertEquals(BASE + "/p" + (i + 1) + ".html#" + competency, from.get("url").asText());
                String text = base.get(i).get(competency).get("text").asText();
                assertEquals(text, section.get("text").asText(), level + " " + competency + " in ladder.json");

                String firstWords = Jsoup.parse(section.get("html").asText()).text().substring(0, 40);
                Element onPage = levelPage.getElementById(competency).parent();
                assertTrue(onPage.text().contains(firstWords), level + " page, " + competency);
                Element label = onPage.selectFirst(".shared-from a");
                assertNotNull(label, level + " page marks " + competency + " as shared");
                assertEquals("../" + from.get("url").asText(), label.attr("href"));
                assertTrue(label.text().startsWith("Software Engineer P" + (i + 1) + " "), label.text());

                int row = matrix.select("tbody tr").indexOf(matrix.getElementById(competency + "-" + level).parent());
                assertTrue(matrix.text().contains(firstWords), "matrix, " + level + " " + competency);
                assertTrue(row >= 0, "matrix row of " + competency);
                assertTrue(booklet.getElementById(level + "-" + competency).parent().text().contains(firstWords),
                        "booklet, " + level + " " + competency);
                String url = "\"url\":\"" + QA + "/" + level + ".html#" + competency + "\"";
                assertTrue(search.contains(url + ",\"text\":" + new ObjectMapper().writeValueAsString(text)),
                        "search, " + level + " " + competency);
                checked++;
            }
        }
        assertTrue(checked >= 24, "only " + checked + " shared sections checked");
    }

    @Test
    void linksAndImagesInSharedTextLeadToTheSoftwareEngineeringPages() throws IOException {
        // P2's Incident response links to P3's, and P4's shows an image; Q2 and Q4 share them.
        Element q2 = page(QA + "/q2.html").getElementById("incident-response").parent();
        assertEquals("../" + BASE + "/p3.html#incident-response", q2.selectFirst("li a").attr("href"));
        Element q4 = page(QA + "/q4.html").getElementById("incident-response").parent();
        assertEquals("../" + BASE + "/images/incident-lifecycle.png", q4.selectFirst("img").attr("src"));
        assertTrue(Files.isRegularFile(site.file(BASE + "/images/incident-lifecycle.png")));
    }

    @Test
    void theTrackPageSaysWhichTrackItSpecialises() throws IOException {
        Element note = page(QA + "/index.html").selectFirst(".specialises a");
        assertEquals("Software Engineer", note.text());
        assertEquals("../" + BASE + "/index.html", note.attr("href"));
    }
}
