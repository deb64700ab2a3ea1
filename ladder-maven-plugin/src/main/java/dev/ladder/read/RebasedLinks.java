package dev.ladder.read;

import java.util.ArrayList;
import java.util.List;

/**
 * A section's HTML as seen from another track's folder. Links in a level's text are written relative
 * to its own track's folder ({@code p2.html}, {@code images/x.png}, {@code ../index.html}); a
 * specialisation shows the section one folder over, so each relative {@code href} and {@code src} is
 * rewritten to go through the folder of the track that wrote it ({@code ../software-engineering/p2.html}),
 * and so still points where its author meant. Addresses with a scheme, from the root, and anchors of
 * the page itself are left alone. The HTML is the Markdown renderer's, which quotes every attribute with
 * {@code "}.
 */
final class RebasedLinks {

    private RebasedLinks() {
    }

    /** {@code html} written in the track folder {@code folder}, as shown from a sibling track folder. */
    static String from(String folder, String html) {
        StringBuilder out = new StringBuilder(html.length() + 64);
        int done = 0;
        int equals = html.indexOf("=\"");
        while (equals >= 0) {
            int close = html.indexOf('"', equals + 2);
            if (close < 0) {
                break;
            }
            if (isLinkAttribute(html, equals)) {
                String value = html.substring(equals + 2, close);
                if (relative(value)) {
                    out.append(html, done, equals + 2).append(rebase(folder, value));
                    done = close;
                }
            }
            equals = html.indexOf("=\"", close + 1);
        }
        return out.append(html, done, html.length()).toString();
    }

    private static boolean isLinkAttribute(String html, int equals) {
        return attribute(html, equals, "href") || attribute(html, equals, "src");
    }

    private static boolean attribute(String html, int equals, String name) {
        int start = equals - name.length();
        return start > 0 && html.startsWith(name, start) && Character.isWhitespace(html.charAt(start - 1));
    }

    /** An address relative to the page's folder: no scheme, not from the root, not only an anchor or query. */
    private static boolean relative(String value) {
        if (value.isEmpty() || value.startsWith("/") || value.startsWith("#") || value.startsWith("?")) {
            return false;
        }
        int colon = value.indexOf(':');
        int end = firstOf(value, "/?#");
        return colon < 0 || colon > end;
    }

    /** {@code ../folder/value}, with the folder's own {@code ..} steps taken out. */
    private static String rebase(String folder, String value) {
        int end = firstOf(value, "?#");
        List<String> path = new ArrayList<>(List.of("..", folder));
        for (String segment : value.substring(0, end).split("/", -1)) {
            if (segment.equals("..") && path.size() > 0 && !path.get(path.size() - 1).equals("..")) {
                path.remove(path.size() - 1);
            } else if (!segment.equals(".")) {
                path.add(segment);
            }
        }
        return String.join("/", path) + value.substring(end);
    }

    /** Where the first of {@code characters} is in {@code value}, or its length. */
    private static int firstOf(String value, String characters) {
        int first = value.length();
        for (char c : characters.toCharArray()) {
            int at = value.indexOf(c);
            if (at >= 0 && at < first) {
                first = at;
            }
        }
        return first;
    }
}
