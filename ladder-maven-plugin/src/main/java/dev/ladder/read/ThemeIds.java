package dev.ladder.read;

import dev.ladder.load.Document;
import dev.ladder.problem.Problems;

import java.util.Set;

/**
 * The element ids the built-in theme gives its own parts. A competency's anchor is its name as an id
 * on level, compare and matrix pages, so a competency named "Main" or "Search input" would share an id
 * with the page's main region or search box: the page's own links would jump to the wrong place and
 * screen readers would name the wrong element. Such names are refused.
 */
final class ThemeIds {

    /** Ids the theme writes as they are, or (title, caption) after a level's or the matrix's prefix. */
    static final Set<String> RESERVED = Set.of("main", "search-input", "search-status", "search-results",
            "what-changes", "whats-new", "levels", "compare", "matrix-caption", "cover-title", "overview-title", "matrix-title",
            "title", "caption", "same-grade", "only-first", "only-second");

    private ThemeIds() {
    }

    /** @return whether the competency's anchor {@code slug} is free; reports it when not */
    static boolean competencyAllowed(Document track, ListItem item, String slug, Problems found) {
        if (!RESERVED.contains(slug)) {
            return true;
        }
        found.error(track.file(), item.line(), item.column(), "competency '" + item.value() + "' would get the anchor '"
                + slug + "', which the site's pages use for a part of their own; rename the competency");
        return false;
    }
}
