package dev.ladder.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The ids and link targets of a rendered page: the values of its {@code id}, {@code href} and
 * {@code src} attributes written in double quotes, in page order, as the theme writes them.
 *
 * <p>A scan with {@link String#indexOf} rather than regular expressions: every page of a large site
 * goes through it, and there it took a fifth of a build.
 *
 * @param ids   each non-empty {@code id}
 * @param links each {@code href} and {@code src}, as written (entities not decoded)
 */
record QuotedAttributes(List<String> ids, List<String> links) {

    static QuotedAttributes of(String html) {
        List<String> ids = new ArrayList<>();
        List<String> links = new ArrayList<>();
        int equals = html.indexOf("=\"");
        while (equals >= 0) {
            int close = html.indexOf('"', equals + 2);
            if (close < 0) {
                break;
            }
            int name = equals;
            while (name > 0 && nameChar(html.charAt(name - 1))) {
                name--;
            }
            if (name > 0 && Character.isWhitespace(html.charAt(name - 1))) {
                String value = html.substring(equals + 2, close);
                if (is(html, name, equals, "id")) {
                    if (!value.isEmpty()) {
                        ids.add(value);
                    }
                } else if (is(html, name, equals, "href") || is(html, name, equals, "src")) {
                    links.add(value);
                }
            }
            equals = html.indexOf("=\"", close + 1);
        }
        return new QuotedAttributes(ids, links);
    }

    private static boolean is(String html, int from, int to, String name) {
        return to - from == name.length() && html.startsWith(name, from);
    }

    private static boolean nameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                || c == ':';
    }
}
