package dev.ladder.markdown;

/**
 * HTML written in a body ({@code <br>}, {@code <b>}, a {@code <div>} block), which the site shows as
 * text unless raw HTML is allowed, with where it was written.
 *
 * @param html the tag or block as written, up to its first line break
 */
public record RawHtml(String html, int line, int column) {
}
