package dev.ladder.model;

import java.nio.file.Path;

/**
 * The ladder's own history of changes, from the optional {@code content/CHANGELOG.md}.
 *
 * @param html the file rendered to HTML, links to level files already pointing at their pages
 */
public record Changelog(Path file, String html) {

    /** Where the site shows it, relative to the site root. */
    public static final String PAGE = "changes.html";
}
