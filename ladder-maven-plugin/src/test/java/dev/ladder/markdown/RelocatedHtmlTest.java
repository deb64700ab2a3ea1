package dev.ladder.markdown;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A level's text shown from another track's folder keeps pointing where its author meant: on a cross-track
 * compare page, and in the sections a specialisation shares with its base level.
 */
class RelocatedHtmlTest {

    private static String fromSibling(String html) {
        return RelocatedHtml.of(html, "../eng/", "p1.html");
    }

    @Test
    void aLinkWithinTheLevelsTrackGoesThroughItsFolder() {
        assertEquals("<a href=\"../eng/p2.html#delivery\">P2</a>", fromSibling("<a href=\"p2.html#delivery\">P2</a>"));
    }

    @Test
    void linksOutOfTheLevelsTrackAreShortened() {
        assertEquals("<a href=\"../index.html\">home</a> <a href=\"../ops/s1.html?x=1\">S1</a>",
                fromSibling("<a href=\"../index.html\">home</a> <a href=\"../ops/s1.html?x=1\">S1</a>"));
    }

    @Test
    void anAnchorOfTheLevelsOwnPageLeadsToThatPage() {
        assertEquals("<a href=\"../eng/p1.html#teamwork\">below</a>", fromSibling("<a href=\"#teamwork\">below</a>"));
    }

    @Test
    void imagesGoThroughTheFolderToo() {
        assertEquals("<img src=\"../eng/images/a.png\" alt=\"A\">", fromSibling("<img src=\"images/a.png\" alt=\"A\" />"));
    }

    @Test
    void webAddressesAndRootAddressesAreKept() {
        String html = "<a href=\"https://example.com/a\">a</a><a href=\"mailto:hr@example.com\">b</a>"
                + "<a href=\"/x.html\">d</a>";
        assertEquals(html, fromSibling(html));
    }

    @Test
    void textThatMerelyLooksLikeAnAttributeIsKept() {
        // Only real attributes are read as addresses; the text stays, its quotes written out plainly.
        assertEquals("<p>Write <code>href=\"p2.html\"</code> or src=\"x\".</p>",
                fromSibling("<p>Write <code>href=&quot;p2.html&quot;</code> or src=&quot;x&quot;.</p>"));
    }

    @Test
    void textSharedAlongAChainPointsAtTheTrackThatWroteIt() {
        assertEquals("<a href=\"../eng/p2.html\">P2</a>",
                RelocatedHtml.of(fromSibling("<a href=\"p2.html\">P2</a>"), "../qa/", "q1.html"));
    }
}
