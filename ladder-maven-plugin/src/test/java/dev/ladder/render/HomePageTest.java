package dev.ladder.render;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HomePageTest {

    @TempDir
    Path dir;

    @Test
    void listsEachFamilyWithItsTracksAndEachTrackWithItsLevelsInLadderOrder() {
        RenderedSite site = RenderedSite.build(ThreeLevelLadder.in(dir).withOperationsTrack().options());

        Document home = site.page("index.html");
        assertEquals("Test Ladder", home.selectFirst("h1").text());
        assertEquals(List.of("Engineering", "Operations"), home.select("section.family > h2").eachText());

        Element engineering = home.select("section.family").get(0);
        Element track = engineering.selectFirst("article.track-card");
        assertEquals("Engineer", track.selectFirst("h3 a").text());
        assertEquals("eng/index.html", track.selectFirst("h3 a").attr("href"));
        assertEquals("Builds software.", track.selectFirst("h3 + p").text());
        assertEquals("3 leveled profiles. Pick a level to see the full profile.", track.selectFirst(".count").text());
        assertEquals(List.of("L1 Junior", "L2 Mid", "L3 Senior"), track.select(".level-chips a").eachText());
        assertEquals(List.of("eng/l1.html", "eng/l2.html", "eng/l3.html"),
                track.select(".level-chips a").eachAttr("href"));

        Element operations = home.select("section.family").get(1);
        assertEquals(List.of("Site Reliability Engineer"), operations.select("article.track-card h3").eachText());
        assertEquals("1 leveled profiles. Pick a level to see the full profile.",
                operations.selectFirst(".count").text());
        assertEquals(List.of("ops/s1.html"), operations.select(".level-chips a").eachAttr("href"));
    }
}
