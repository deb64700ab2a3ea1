package dev.ladder.model;

/**
 * What one level expects for one competency.
 *
 * @param html      the section's body rendered to HTML, links already pointing at pages as seen from the
 *                  level's own track folder (for a shared section too)
 * @param plainText the same as plain text, for search and {@code ladder.json}, kept as edits of the HTML
 *                  (see {@link #text()})
 * @param line      the line of the section's heading in the file it is written in
 * @param shared    where the section is written when the level inherits it from a base track's level,
 *                  or {@code null} when the level's own file writes it
 */
public record Section(Competency competency, String html, PlainText plainText, int line, SharedSection shared) {

    /** A section whose plain text is {@code text}. */
    public Section(Competency competency, String html, String text, int line, SharedSection shared) {
        this(competency, html, PlainText.of(html, text), line, shared);
    }

    /** A section the level's own file writes. */
    public Section(Competency competency, String html, String text, int line) {
        this(competency, html, text, line, null);
    }

    /** The section as plain text, for search and {@code ladder.json}: worked out again at each call. */
    public String text() {
        return plainText.in(html);
    }

    /** Whether the level inherits this section from the level its own builds on. */
    public boolean inherited() {
        return shared != null;
    }
}
