package dev.ladder.model;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A section's plain text comes back exactly as it was given, whether it is kept as edits of the HTML or whole;
 * the usual section (a list with links, a paragraph) is kept as edits a fraction of its size.
 */
class PlainTextTest {

    // HTML and text as CommonMark renders them from the same Markdown (the links as the reader resolved them).
    private static final String LIST_HTML = "<p>Intro with <em>em</em> and <strong>strong</strong> &amp; &lt;tag&gt; "
            + "&quot;q&quot;.</p>\n<ul>\n<li>Writes tests first. See <a href=\"l04.html#feature-development\">L4</a>"
            + " for the next step.</li>\n<li>Reviews <code>code</code> x\ncontinued line</li>\n</ul>\n"
            + "<p>After para.</p>\n";
    private static final String LIST_TEXT = "Intro with em and strong & <tag> \"q\".\n- Writes tests first. See "
            + "\"L4\" (l04.md#feature-development) for the next step.\n- Reviews \"code\" x\ncontinued line\n"
            + "After para.";

    @Test
    void aListWithLinksIsKeptAsShortEdits() {
        PlainText text = PlainText.of(LIST_HTML, LIST_TEXT);

        assertNull(text.whole());
        assertNotNull(text.edits());
        assertEquals(LIST_TEXT, text.in(LIST_HTML));
        assertEquals(true, text.edits().length() < LIST_TEXT.length() / 4, text.edits());
    }

    @Test
    void orderedListsNestedListsImagesAndBreaksComeBackAsTheyWere() {
        assertRoundTrip("<ol start=\"3\">\n<li>first</li>\n<li>second</li>\n</ol>\n", "3. first\n4. second");
        assertRoundTrip("<ul>\n<li>\n<p>outer</p>\n<ul>\n<li>inner</li>\n</ul>\n</li>\n<li>\n<p>loose</p>\n</li>\n</ul>\n"
                + "<p>Line one<br />\nhard break</p>\n", "- outer\n   - inner\n- loose\nLine one\nhard break");
        assertRoundTrip("<p><img src=\"a.png\" alt=\"img\" /> and <a href=\"u\" title=\"title\">t</a></p>\n",
                "\"img\" (a.png) and \"t\" (title: u)");
        assertRoundTrip("<blockquote>\n<p>quote</p>\n</blockquote>\n<pre><code>code block\n</code></pre>\n",
                "«quote»\ncode block");
    }

    @Test
    void aTextFarFromItsHtmlIsKeptWhole() {
        String html = "<table>\n<thead>\n<tr>\n<th>a long heading that the text leaves out entirely</th>\n</tr>\n"
                + "</thead>\n<tbody>\n<tr>\n<td>and a long cell that it leaves out as well</td>\n</tr>\n</tbody>\n"
                + "</table>\n";
        String text = "Something else altogether, written nowhere in the table.";

        PlainText kept = PlainText.of(html, text);

        assertEquals(text, kept.whole());
        assertEquals(text, kept.in(html));
    }

    @Test
    void anEmptyTextNeedsNoHtml() {
        assertEquals("", PlainText.of("<p>words</p>\n", "").in("<p>words</p>\n"));
    }

    @Test
    void anyTextComesBackExactlyWhateverItsHtml() {
        Random random = new Random(21);
        String alphabet = "ab <>&;\"'\n-.#/lip=";
        for (int round = 0; round < 3000; round++) {
            String text = noise(random, alphabet, random.nextInt(200));
            String html = random.nextBoolean() ? "<p>" + mutated(random, text, alphabet) + "</p>\n"
                    : noise(random, alphabet + "<ul><li></li></ul><a href=\"x\">", random.nextInt(200));

            assertEquals(text, PlainText.of(html, text).in(html), () -> "html " + html + " text " + text);
        }
    }

    private static void assertRoundTrip(String html, String text) {
        assertEquals(text, PlainText.of(html, text).in(html));
    }

    private static String noise(Random random, String alphabet, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    private static String mutated(Random random, String text, String alphabet) {
        StringBuilder out = new StringBuilder(text);
        for (int i = random.nextInt(6); i > 0 && out.length() > 0; i--) {
            int at = random.nextInt(out.length());
            if (random.nextBoolean()) {
                out.deleteCharAt(at);
            } else {
                out.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
            }
        }
        return out.toString();
    }
}
