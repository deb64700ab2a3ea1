package dev.ladder.versions;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What every page of an archived version says above its content, as the template {@code archive}: which
 * version it is, and where the same page is in the current version.
 *
 * @param label        the version's name, such as {@code 1.0}: its {@code version} field, or its folder name
 * @param currentLabel the current version's name, or {@code ""} when the current ladder gives none
 * @param current      each page of the version, by path, with the path of the same page in the current site
 *                     (following aliases; its track, or the home page, when the page no longer exists)
 */
public record ArchiveBanner(String label, String effectiveText, String effectiveIso, String currentLabel,
                            SortedMap<String, String> current) {

    /** From a page of an archived version back to the site root: versions live two folders down. */
    public static final String UP = "../../";

    public ArchiveBanner {
        current = new TreeMap<>(current);
    }

    static ArchiveBanner of(String label, String effectiveText, String effectiveIso, String currentLabel,
                            Map<String, String> current) {
        return new ArchiveBanner(label, effectiveText, effectiveIso, currentLabel, new TreeMap<>(current));
    }

    /** The same page in the current version, relative to the version's root (prefix it with {@code root}). */
    public String link(String page) {
        return UP + current.getOrDefault(page, "index.html");
    }
}
