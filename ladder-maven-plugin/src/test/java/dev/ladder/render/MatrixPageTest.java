package dev.ladder.render;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MatrixPageTest {

    private static final List<String> LEVEL_PAGES = List.of("l1.html", "l2.html", "l3.html");
    private static final List<String> SLUGS = List.of("delivery", "collaboration", "api-and-event-driven-design");

    @TempDir
    Path dir;

    private RenderedSite site;
    private Document matrix;

    @BeforeEach
    void build() {
        site = RenderedSite.build(ThreeLevelLadder.in(dir).options());
        matrix = site.page("eng/matrix.html");
    }

    @Test
    void hasOneColumnPerLevelInLadderOrderHeadedByALinkToItsPage() {
        List<Element> headers = matrix.select("table.matrix thead th[scope=col]:not(.corner)");

        assertEquals(List.of("L1 Junior", "L2 Mid", "L3 Senior"), headers.stream().map(Element::text).toList());
        assertEquals(LEVEL_PAGES, headers.stream().map(th -> th.selectFirst("a").attr("href")).toList());
    }

    @Test
    void hasOneRowPerCompetencyInTrackOrderLinkingToThatSectionOfEachLevel() {
        List<Element> rows = matrix.select("table.matrix tbody tr");

        assertEquals(List.of("Delivery", "Collaboration", "API and event-driven design"),
                rows.stream().map(row -> row.selectFirst("th .name").text()).toList());
        for (int r = 0; r < rows.size(); r++) {
            String slug = SLUGS.get(r);
            assertEquals(LEVEL_PAGES.stream().map(page -> page + "#" + slug).toList(),
                    rows.get(r).select("th a").eachAttr("href"));
        }
    }

    @Test
    void eachCellHoldsTheSectionOfItsLevelAsTheLevelPageShowsIt() {
        List<Element> rows = matrix.select("table.matrix tbody tr");

        for (int r = 0; r < rows.size(); r++) {
            List<Element> cells = rows.get(r).select("td");
            assertEquals(LEVEL_PAGES.size(), cells.size());
            for (int c = 0; c < cells.size(); c++) {
                Element section = site.page("eng/" + LEVEL_PAGES.get(c))
                        .selectFirst("section:has(> h2#" + SLUGS.get(r) + ")").clone();
                section.selectFirst("h2").remove();
                // The cell names its level first (shown when a phone stacks the levels), then the section.
                Element cell = cells.get(c).clone();
                Element label = cell.selectFirst("a.cell-level");
                assertEquals(LEVEL_PAGES.get(c) + "#" + SLUGS.get(r), label.attr("href"));
                label.remove();
                assertEquals(section.html(), cell.html().strip(), "row " + SLUGS.get(r) + ", " + LEVEL_PAGES.get(c));
            }
        }
        assertEquals("L3 Senior Works with L3 peers.", rows.get(1).select("td").get(2).text());
    }
}
