package dev.ladder.read;

import dev.ladder.markdown.RawHtml;
import dev.ladder.problem.Problems;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warns of HTML in a body while the site shows it as text ({@code allowRawHtml} off): the editor wrote
 * {@code <br>} or {@code <b>} to format the page and would otherwise only see the tag printed on it.
 * Each warning gives the Markdown that does the same.
 */
final class RawHtmlWarnings {

    private static final Pattern TAG = Pattern.compile("^<\\s*([a-zA-Z][a-zA-Z0-9]*)");

    /** What a tag is written for, and the Markdown that does it. */
    private record Fix(String meant, String markdown) {
    }

    private static final Fix BOLD = new Fix("bold text", "put **two stars** around the words");
    private static final Fix ITALICS = new Fix("italics", "put *one star* around the words");
    private static final Fix LIST = new Fix("a list", "start each item on its own line with '- '");
    private static final Fix HEADING = new Fix("a heading", "start the line with '### '");
    private static final Map<String, Fix> FIXES = Map.ofEntries(
            Map.entry("br", new Fix("a line break", "end the line with a backslash (\\)")),
            Map.entry("b", BOLD), Map.entry("strong", BOLD), Map.entry("i", ITALICS), Map.entry("em", ITALICS),
            Map.entry("a", new Fix("a link", "write [the words](p2.md) or [the words](https://...)")),
            Map.entry("img", new Fix("an image", "write ![what it shows](picture.png)")),
            Map.entry("p", new Fix("a paragraph", "leave an empty line between paragraphs")),
            Map.entry("ul", LIST), Map.entry("li", LIST),
            Map.entry("ol", new Fix("a numbered list", "start each item on its own line with '1. '")),
            Map.entry("table", new Fix("a table", "write its rows as cells between '|'")),
            Map.entry("code", new Fix("code", "put `backticks` around it")),
            Map.entry("h3", HEADING), Map.entry("h4", HEADING), Map.entry("h5", HEADING), Map.entry("h6", HEADING));

    private RawHtmlWarnings() {
    }

    static void warn(Path file, List<RawHtml> found, Problems problems) {
        for (RawHtml html : found) {
            String shown = html.html().length() > 40 ? html.html().substring(0, 40) + "…" : html.html();
            if (html.html().startsWith("<!--")) {
                problems.warning(file, html.line(), html.column(), "the HTML comment '" + shown + "' is shown on "
                        + "the page as text; delete it, or keep notes outside the content folder");
                continue;
            }
            Matcher tag = TAG.matcher(html.html());
            Fix fix = tag.find() ? FIXES.get(tag.group(1).toLowerCase(Locale.ROOT)) : null;
            problems.warning(file, html.line(), html.column(), "HTML '" + shown + "' is shown on the page as text"
                    + (fix != null ? ", not as " + fix.meant() + ": " + fix.markdown() : ": write it in Markdown")
                    + " instead, or turn on allowRawHtml if only trusted people edit the ladder");
        }
    }
}
