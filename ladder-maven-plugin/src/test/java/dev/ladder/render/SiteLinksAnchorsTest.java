package dev.ladder.render;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A link to an anchor is settled at once when its page was scanned before, and at the end otherwise; either
 * way a missing anchor is reported once, from the first page in the site's order that links to it, whatever
 * order the workers scanned the pages in.
 */
class SiteLinksAnchorsTest {

    private static final List<String> FILES = List.of("a.html", "b.html", "c.html", "d.html");

    @Test
    void missingAnchorsAreReportedOnceFromTheFirstPageWhicheverPageWasScannedFirst() {
        SiteLinks links = new SiteLinks(FILES);
        links.scan("b.html", page("x", "#x", "a.html#gone", "a.html#here"));
        // c links to b, already scanned: settled at once, but a, earlier in the site, links there too.
        links.scan("c.html", page("c", "b.html#missing", "b.html#x"));
        links.scan("a.html", page("here", "b.html#missing", "d.html#y", "d.html#z"));
        // d is scanned last: a's links to it wait until the end.
        links.scan("d.html", page("z", "c.html#c"));

        assertEquals(List.of(
                new SiteLinks.BrokenLink("a.html", "b.html#missing", "b.html has no anchor #missing"),
                new SiteLinks.BrokenLink("a.html", "d.html#y", "d.html has no anchor #y"),
                new SiteLinks.BrokenLink("b.html", "a.html#gone", "a.html has no anchor #gone")),
                links.broken());
    }

    @Test
    void pagesWithTheSameIdsEachKeepThem() {
        SiteLinks links = new SiteLinks(FILES);
        links.scan("a.html", page("same"));
        links.scan("b.html", page("same"));
        links.scan("c.html", page("other", "a.html#same", "b.html#same", "b.html#other"));

        assertEquals(List.of(new SiteLinks.BrokenLink("c.html", "b.html#other", "b.html has no anchor #other")),
                links.broken());
    }

    private static String page(String id, String... hrefs) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body><h1 id=\"" + id + "\">Page</h1>");
        for (String href : hrefs) {
            html.append("<a href=\"").append(href).append("\">link</a>");
        }
        return html.append("</body></html>").toString();
    }
}
