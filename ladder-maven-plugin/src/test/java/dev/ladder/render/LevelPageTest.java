package dev.ladder.render;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LevelPageTest {

    @TempDir
    Path dir;

    private RenderedSite site;

    @BeforeEach
    void build() {
        site = RenderedSite.build(ThreeLevelLadder.in(dir).options());
    }

    @Test
    void headsThePageWithCodeTitleAndSummary() {
        Document level = site.page("eng/l2.html");

        assertEquals("L2", level.selectFirst("h1 .code").text());
        assertEquals("L2 Mid", level.selectFirst("h1").text());
        assertEquals("Delivers features on their own.", level.selectFirst(".lead").text());
        assertEquals("L2 Mid · Test Ladder", level.title());
    }

    @Test
    void showsTheSectionsInTheTracksOrderEvenWhenTheFileWritesThemInAnother() {
        // l1.md writes API first and Delivery last.
        Document level = site.page("eng/l1.html");

        assertEquals(List.of("Delivery", "Collaboration", "API and event-driven design"),
                level.select("section.competency > h2").eachText());
        assertEquals(List.of("delivery", "collaboration", "api-and-event-driven-design"),
                level.select("section.competency > h2").eachAttr("id"));
        assertEquals(List.of("Asks for help early."), level.select("section:has(#collaboration) p").eachText());
        assertEquals(List.of("Follows the API conventions."),
                level.select("section:has(#api-and-event-driven-design) p").eachText());
        assertEquals(List.of("#delivery", "#collaboration", "#api-and-event-driven-design"),
                level.select(".toc a").eachAttr("href"));
        assertEquals("Everyone starts somewhere.", level.selectFirst(".prose").text());
    }

    @Test
    void linksToTheLevelsBeforeAndAfterAndToNoneBeyondTheEnds() {
        Document first = site.page("eng/l1.html");
        Document middle = site.page("eng/l2.html");
        Document last = site.page("eng/l3.html");

        assertNull(first.selectFirst(".level-nav a[rel=prev]"));
        assertEquals("l2.html", first.selectFirst(".level-nav a[rel=next]").attr("href"));
        assertEquals("L2 Mid →", first.selectFirst(".level-nav a[rel=next]").text());

        assertEquals("l1.html", middle.selectFirst(".level-nav a[rel=prev]").attr("href"));
        assertEquals("← L1 Junior", middle.selectFirst(".level-nav a[rel=prev]").text());
        assertEquals("l3.html", middle.selectFirst(".level-nav a[rel=next]").attr("href"));

        assertEquals("l2.html", last.selectFirst(".level-nav a[rel=prev]").attr("href"));
        assertNull(last.selectFirst(".level-nav a[rel=next]"));
        assertEquals("matrix.html", last.selectFirst(".level-nav a.all").attr("href"));
    }

    @Test
    void breadcrumbLeadsToTheTrackAndHome() {
        Document level = site.page("eng/l3.html");

        assertEquals(List.of("Test Ladder", "Engineer"), level.select(".breadcrumb a").eachText());
        assertEquals(List.of("../index.html", "index.html"), level.select(".breadcrumb a").eachAttr("href"));
        assertEquals("L3 Senior", level.selectFirst(".breadcrumb [aria-current=page]").text());
    }
}
