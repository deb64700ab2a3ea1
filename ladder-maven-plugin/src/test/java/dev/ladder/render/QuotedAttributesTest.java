package dev.ladder.render;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuotedAttributesTest {

    @Test
    void findsIdsAndLinkTargetsInPageOrder() {
        QuotedAttributes found = QuotedAttributes.of("""
                <h2 id="delivery">Delivery</h2>
                <a class="x" href="p2.html#delivery">next</a><img
                  src="logo.svg" alt=""><section\tid="design"><a href="">self</a>
                """);

        assertEquals(List.of("delivery", "design"), found.ids());
        assertEquals(List.of("p2.html#delivery", "logo.svg", ""), found.links());
    }

    @Test
    void takesOnlyWholeAttributeNamesAfterWhiteSpace() {
        QuotedAttributes found = QuotedAttributes.of(
                "<div data-id=\"a\" xhref=\"b\" id=\"\"><p>id=\"c\" and href=\"d\"</p><a data-src=\"e\">");

        assertEquals(List.of(), found.ids());
        assertEquals(List.of("d"), found.links());
    }

    @Test
    void anUnclosedValueEndsTheScan() {
        QuotedAttributes found = QuotedAttributes.of("<a href=\"one.html\"><a href=\"two.html");

        assertEquals(List.of("one.html"), found.links());
    }

    @Test
    void readsThePageAsUtf8Bytes() {
        // Values are decoded from UTF-8; white space before a name may be any Character.isWhitespace, even a
        // multi-byte one; a non-breaking space is not white space there.
        QuotedAttributes found = QuotedAttributes.of("<a href=\"caf\u00e9.html#\u00e9t\u00e9\">\u00e9</a>"
                + "<p\u2003id=\"\u00fcber\"><p\u00a0id=\"not\"><img src=\"\ud83d\ude00.svg\">");

        assertEquals(List.of("\u00fcber"), found.ids());
        assertEquals(List.of("caf\u00e9.html#\u00e9t\u00e9", "\ud83d\ude00.svg"), found.links());
    }

    @Test
    void findsABaseElementOnlyAsAnElement() {
        assertEquals(true, QuotedAttributes.of("<head><base href=\"/x/\">").base());
        assertEquals(true, QuotedAttributes.of("<a title=\"<base x\">").base());
        assertEquals(true, QuotedAttributes.of("<a href=\"unclosed <base href").base());
        assertEquals(false, QuotedAttributes.of("<p><basement> and <base").base());
    }
}
