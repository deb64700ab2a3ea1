package dev.ladder.versions;

import dev.ladder.diff.DiffReport;

/**
 * One version on the versions page.
 *
 * @param label    its name, such as {@code 1.0}; {@code ""} for a current version whose ladder gives none
 * @param home     its home page, relative to the site root
 * @param ref      the git ref it was built from, {@code ""} for the current version
 * @param previous the name of the version before it, {@code ""} for the first
 * @param changes  what changed since the version before it, the same report as {@code ladder:diff}'s, or
 *                 {@code null} for the first
 */
public record VersionEntry(String label, boolean current, String home, String effectiveText, String effectiveIso,
                           String ref, String shortCommit, String previous, DiffReport changes) {
}
