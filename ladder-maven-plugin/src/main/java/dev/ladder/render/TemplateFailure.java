package dev.ladder.render;

/**
 * A template could not render a page; says where in the template and for which page.
 *
 * @param template the template's name in the theme, such as {@code level.ftlh}
 * @param line     1-based, 0 when unknown
 */
public record TemplateFailure(String template, int line, int column, String page, String message) {
}
