package dev.ladder.model;

/**
 * What one level expects for one competency.
 *
 * @param html the section's body rendered to HTML, links already pointing at pages
 * @param text the same as plain text, for search and comparison
 * @param line the line of the section's heading in the level file
 */
public record Section(Competency competency, String html, String text, int line) {
}
