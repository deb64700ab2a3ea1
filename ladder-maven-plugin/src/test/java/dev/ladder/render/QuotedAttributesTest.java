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
}
