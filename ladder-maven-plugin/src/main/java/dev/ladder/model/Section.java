package dev.ladder.model;

/**
 * What one level expects for one competency.
 *
 * @param html   the section's body rendered to HTML, links already pointing at pages as seen from the
 *               level's own track folder (for a shared section too)
 * @param text   the same as plain text, for search and comparison
 * @param line   the line of the section's heading in the file it is written in
 * @param shared where the section is written when the level inherits it from a base track's level,
 *               or {@code null} when the level's own file writes it
 */
public record Section(Competency competency, String html, String text, int line, SharedSection shared) {

    /** A section the level's own file writes. */
    public Section(Competency competency, String html, String text, int line) {
        this(competency, html, text, line, null);
    }

    /** Whether the level inherits this section from the level its own builds on. */
    public boolean inherited() {
        return shared != null;
    }
}
