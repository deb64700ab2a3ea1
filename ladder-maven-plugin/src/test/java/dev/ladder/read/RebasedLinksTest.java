package dev.ladder.read;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Shared text keeps pointing where its author meant when a sibling track's folder shows it. */
class RebasedLinksTest {

    @Test
    void aLinkWithinTheBaseTrackGoesThroughItsFolder() {
        assertEquals("<a href=\"../eng/p2.html#delivery\">P2</a>",
                RebasedLinks.from("eng", "<a href=\"p2.html#delivery\">P2</a>"));
    }

    @Test
    void linksOutOfTheBaseTrackAreShortened() {
        assertEquals("<a href=\"../index.html\">home</a> <a href=\"../ops/s1.html?x=1\">S1</a>",
                RebasedLinks.from("eng", "<a href=\"../index.html\">home</a> <a href=\"../ops/s1.html?x=1\">S1</a>"));
    }

    @Test
    void imagesGoThroughTheFolderToo() {
        assertEquals("<img src=\"../eng/images/a.png\" alt=\"A\" />",
                RebasedLinks.from("eng", "<img src=\"images/a.png\" alt=\"A\" />"));
    }

    @Test
    void webAddressesAnchorsAndRootAddressesAreKept() {
        String html = "<a href=\"https://example.com/a\">a</a><a href=\"mailto:hr@example.com\">b</a>"
                + "<a href=\"#delivery\">c</a><a href=\"/x.html\">d</a><a title=\"p2.html\">e</a>";
        assertEquals(html, RebasedLinks.from("eng", html));
    }

    @Test
    void textThatMerelyLooksLikeAnAttributeIsKept() {
        // The renderer escapes quotes in text, so only real attributes are quoted with '"'.
        String html = "<p>Write <code>href=&quot;p2.html&quot;</code> or src=&quot;x&quot;.</p>";
        assertEquals(html, RebasedLinks.from("eng", html));
    }

    @Test
    void textSharedAlongAChainPointsAtTheTrackThatWroteIt() {
        assertEquals("<a href=\"../eng/p2.html\">P2</a>",
                RebasedLinks.from("qa", RebasedLinks.from("eng", "<a href=\"p2.html\">P2</a>")));
    }
}
