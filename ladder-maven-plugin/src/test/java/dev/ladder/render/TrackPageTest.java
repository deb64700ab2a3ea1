package dev.ladder.render;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TrackPageTest {

    @TempDir
    Path dir;

    @Test
    void showsTheLadderInOrderWithCodeTitleSummaryAndLinkOfEachLevel() {
        Document track = RenderedSite.build(ThreeLevelLadder.in(dir).options()).page("eng/index.html");

        assertEquals("Engineering", track.selectFirst(".eyebrow").text());
        assertEquals("Engineer", track.selectFirst("h1").text());
        assertEquals("Builds software.", track.selectFirst(".lead").text());
        List<Element> rungs = track.select("ol.ladder > li");
        assertEquals(List.of("L1", "L2", "L3"), rungs.stream().map(li -> li.selectFirst(".code").text()).toList());
        assertEquals(List.of("Junior", "Mid", "Senior"),
                rungs.stream().map(li -> li.selectFirst(".title").text()).toList());
        assertEquals(List.of("Delivers small tasks with guidance.", "Delivers features on their own.",
                "Leads the design of a system."), rungs.stream().map(li -> li.selectFirst("p").text()).toList());
        assertEquals(List.of("l1.html", "l2.html", "l3.html"),
                rungs.stream().map(li -> li.selectFirst("a").attr("href")).toList());
    }

    @Test
    void linksToTheMatrixAndBackHome() {
        Document track = RenderedSite.build(ThreeLevelLadder.in(dir).options()).page("eng/index.html");

        assertEquals("compare every level side by side", track.selectFirst("main a[href=matrix.html]").text());
        assertEquals(List.of("../index.html"), track.select(".breadcrumb a").eachAttr("href"));
        assertEquals("Engineer", track.selectFirst(".breadcrumb [aria-current=page]").text());
    }
}
