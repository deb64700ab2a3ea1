package dev.ladder.render;

import dev.ladder.model.ComparePairs;

import java.nio.file.Path;

/**
 * How the site is published, as templates need to know it.
 *
 * @param baseUrl the address the site is published at, ending in {@code /}, or {@code ""}
 * @param editUrl a pattern such as {@code https://git.example/org/ladder/edit/main/{path}}, or {@code ""}
 * @param search  whether pages offer the search box
 * @param pdf      whether level pages and booklets have a PDF beside them
 * @param booklets whether each track has a booklet, {@code print.html}, to link to
 * @param compare  whether levels have compare pages to link to
 * @param compareReach how many levels up each level is compared with ({@link ComparePairs})
 * @param changes  whether level pages show what changes from the level below
 */
public record SiteSettings(String baseUrl, String editUrl, boolean search, boolean pdf, Path projectDirectory,
                           boolean booklets, boolean compare, int compareReach, boolean changes) {

    public SiteSettings {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "" : baseUrl.strip().endsWith("/")
                ? baseUrl.strip() : baseUrl.strip() + "/";
        editUrl = editUrl == null ? "" : editUrl.strip();
    }

    /** A page that stands alone, such as the diff report: no search, no PDFs, no "Suggest a change" links. */
    public static SiteSettings standalone(Path projectDirectory) {
        return new SiteSettings("", "", false, false, projectDirectory, true, true, ComparePairs.DEFAULT_REACH,
                true);
    }

    /**
     * The settings of an older version published inside this site: the same pages, but no sitemap (its
     * pages are not for search engines), no PDFs and no "Suggest a change" links (its files are history).
     */
    public SiteSettings archived() {
        return new SiteSettings("", "", search, false, Path.of(""), booklets, compare, compareReach, changes);
    }

    /** The "Suggest a change" address of a content file, or {@code ""}. */
    public String editLink(Path source) {
        if (editUrl.isEmpty() || source == null) {
            return "";
        }
        Path shown = source.startsWith(projectDirectory) ? projectDirectory.relativize(source) : source;
        return editUrl.replace("{path}", shown.toString().replace('\\', '/'));
    }
}
