package dev.ladder.markdown;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Positions in a body are file positions, so problems found in Markdown point at the right line. */
class MarkdownTest {

    private final Markdown markdown = new Markdown(false);

    private static String where(HeadingSection section) {
        return section.title() + "@" + section.line() + ":" + section.column();
    }

    @Test
    void sectionsAreSplitAtLevelTwoHeadingsWithFileLines() {
        MarkdownBody body = markdown.parse("""
                Intro.

                ## Delivery

                Ships.

                ### Detail

                More.

                ## Teamwork
                Helps.
                """, 5);

        assertEquals(List.of("Delivery@7:1", "Teamwork@15:1"), body.sections().stream().map(MarkdownTest::where).toList());
        assertEquals("<p>Intro.</p>\n", markdown.html(body.intro()));
        assertEquals("<p>Ships.</p>\n<h3>Detail</h3>\n<p>More.</p>\n", markdown.html(body.sections().get(0).content()));
        assertEquals("Helps.", markdown.text(body.sections().get(1).content()));
    }

    @Test
    void aDialectWithoutPlainTextRendersNoneButTheSameHtml() {
        Markdown withoutText = new Markdown(false, false);
        MarkdownBody body = withoutText.parse("## Delivery\n\n- Ships *often*.\n", 1);

        assertEquals("", withoutText.text(body.sections().get(0).content()));
        assertEquals("<ul>\n<li>Ships <em>often</em>.</li>\n</ul>\n", withoutText.html(body.sections().get(0).content()));
    }

    @Test
    void headingInACodeBlockIsNotASection() {
        MarkdownBody body = markdown.parse("```\n## Not a section\n```\n\n## Delivery\n", 1);

        assertEquals(List.of("Delivery@5:1"), body.sections().stream().map(MarkdownTest::where).toList());
    }

    @Test
    void headingIndentedBySpacesKeepsItsColumn() {
        MarkdownBody body = markdown.parse("   ## Delivery\n", 10);

        assertEquals(List.of("Delivery@10:4"), body.sections().stream().map(MarkdownTest::where).toList());
    }

    @Test
    void headingTitleIsItsWordsWithoutMarkup() {
        MarkdownBody body = markdown.parse("## `API` and *event-driven* design ##\n", 1);

        assertEquals("API and event-driven design", body.sections().get(0).title());
    }

    @Test
    void emptySectionHasNoContent() {
        MarkdownBody body = markdown.parse("## Delivery\n\n## Teamwork\n\nx\n", 1);

        assertEquals(null, body.sections().get(0).content().getFirstChild());
    }

    /** Columns count characters, a tab as one, as editors that show "Col" for the cursor do. */
    @Test
    void linksAreFoundAtTheirLineAndColumnEvenInsideOtherMarkup() {
        MarkdownBody body = markdown.parse("""
                See [one](p1.md).

                - A **[two](p2.md#delivery)** item
                \t- tabbed [three](https://example.com)
                """, 5);

        assertEquals(List.of("p1.md@5:5", "p2.md#delivery@7:7", "https://example.com@8:11"), body.links().stream()
                .map(link -> link.destination() + "@" + link.line() + ":" + link.column()).toList());
    }

    @Test
    void slugIsTheAnchorOfAHeading() {
        assertEquals("api-and-event-driven-design", Markdown.slug("API and event-driven design"));
        assertEquals("scope--leadership", Markdown.slug("Scope & Leadership"));
        assertEquals("observability", Markdown.slug("Observability"));
    }

    @Test
    void rawHtmlIsEscapedUnlessAllowed() {
        String body = "Hi <script>alert(1)</script> there.\n";

        assertEquals("<p>Hi &lt;script&gt;alert(1)&lt;/script&gt; there.</p>\n",
                markdown.html(markdown.parse(body, 1).intro()));
        assertEquals("<p>Hi <script>alert(1)</script> there.</p>\n",
                new Markdown(true).html(new Markdown(true).parse(body, 1).intro()));
    }

    @Test
    void tablesAreRendered() {
        String html = markdown.html(markdown.parse("| a | b |\n|---|---|\n| 1 | 2 |\n", 1).intro());

        assertEquals("<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n"
                + "<td>2</td>\n</tr>\n</tbody>\n</table>\n", html);
    }
}
