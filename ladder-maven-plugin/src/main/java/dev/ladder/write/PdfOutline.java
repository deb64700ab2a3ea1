package dev.ladder.write;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The bookmarks of a PDF, from the headings of the page it is made from: a level and its competencies,
 * or a booklet's cover, contents, overview, each level with its competencies, and the matrix. The renderer
 * reads them from a {@code bookmarks} element in the head; the HTML page itself never has one.
 */
final class PdfOutline {

    /** Headings that print: those of the page's main part, less what the print stylesheet leaves out. */
    private static final String HEADINGS = "main h1, main h2, main h3";
    private static final String NOT_PRINTED = ".screen-only, .what-changes, nav, [hidden]";

    private PdfOutline() {
    }

    /** Adds the bookmarks to {@code page}, giving a heading without an id one, so a bookmark can point at it. */
    static void add(Document page) {
        Element root = page.head().appendElement("bookmarks");
        Deque<Element> parents = new ArrayDeque<>();
        Deque<Integer> ranks = new ArrayDeque<>();
        int unnamed = 0;
        for (Element heading : page.select(HEADINGS)) {
            if (heading.closest(NOT_PRINTED) != null) {
                continue;
            }
            if (heading.id().isEmpty()) {
                heading.id("outline-" + ++unnamed);
            }
            int rank = heading.tagName().charAt(1) - '0';
            while (!ranks.isEmpty() && ranks.peek() >= rank) {
                ranks.pop();
                parents.pop();
            }
            Element parent = parents.isEmpty() ? root : parents.peek();
            Element bookmark = parent.appendElement("bookmark")
                    .attr("name", heading.text())
                    .attr("href", "#" + heading.id());
            parents.push(bookmark);
            ranks.push(rank);
        }
    }
}
