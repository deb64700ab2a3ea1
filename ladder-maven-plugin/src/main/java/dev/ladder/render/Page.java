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
 */
public record Page(String path, String template, Path source, Map<String, Object> data) {

    /** The way back to the site root from this page, such as {@code ../}: every link stays relative. */
    public String root() {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }
}
