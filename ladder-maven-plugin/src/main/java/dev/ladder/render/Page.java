package dev.ladder.render;

import java.nio.file.Path;
import java.util.Map;

/**
 * One file of the site to be rendered from a template.
 *
 * @param path     where it goes, relative to the site root, with forward slashes
 * @param template the theme template that renders it
 * @param source   the content file it shows, for "Suggest a change" links; may be {@code null}
 * @param data     what the template sees besides the variables every page has
 * @param listed   whether the page belongs in the sitemap, as content a search engine should find
 */
public record Page(String path, String template, Path source, Map<String, Object> data, boolean listed) {

    /** A page of the site's content: every HTML page is in the sitemap unless it says otherwise. */
    public Page(String path, String template, Path source, Map<String, Object> data) {
        this(path, template, source, data, path.endsWith(".html"));
    }

    /** The way back to the site root from this page, such as {@code ../}: every link stays relative. */
    public String root() {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }
}
