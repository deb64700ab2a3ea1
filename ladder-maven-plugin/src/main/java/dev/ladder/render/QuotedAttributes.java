package dev.ladder.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The ids and link targets of a rendered page: the values of its {@code id}, {@code href} and
 * {@code src} attributes written in double quotes, in page order, as the theme writes them.
 *
 * <p>A scan of the page's UTF-8 bytes as the renderer holds them, rather than of a page decoded from UTF-8 or
 * with regular expressions: every page of a large site goes through it. Decoding each page from UTF-8 took a
 * tenth of a build's processor time (a page with one character beyond Latin-1 is decoded into two bytes a
 * character); regular expressions, a fifth of a build. The markup looked for is ASCII, and no byte of a
 * multi-byte UTF-8 character is, so the bytes can be searched as they are.
 *
 * @param ids   each non-empty {@code id}
 * @param links each {@code href} and {@code src}, as written (entities not decoded)
 * @param base  whether the page has a {@code <base} element, which makes its links resolve against another address
 */
record QuotedAttributes(List<String> ids, List<String> links, boolean base) {

    static QuotedAttributes of(String html) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        return of(bytes, bytes.length);
    }

    /**
     * A page as UTF-8, in the first {@code length} bytes of {@code html}. The bytes are searched as a Latin-1
     * string, a plain copy whose offsets are the bytes' own, with the JDK's vectorised {@link String#indexOf};
     * only the values kept are decoded from UTF-8.
     */
    static QuotedAttributes of(byte[] html, int length) {
        String page = new String(html, 0, length, StandardCharsets.ISO_8859_1);
        List<String> ids = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (int equals = page.indexOf("=\""); equals >= 0; ) {
            int close = page.indexOf('"', equals + 2);
            if (close < 0) {
                break;
            }
            attribute(html, equals, close, ids, links);
            equals = page.indexOf("=\"", close + 1);
        }
        boolean base = false;
        for (int at = page.indexOf("<base"); at >= 0 && !base; at = page.indexOf("<base", at + 1)) {
            base = Character.isWhitespace(codePointAt(html, at + 5, length));
        }
        return new QuotedAttributes(ids, links, base);
    }

    /** The attribute whose {@code ="} is at {@code equals} and whose value ends at {@code close}, if one wanted. */
    private static void attribute(byte[] html, int equals, int close, List<String> ids, List<String> links) {
        int name = equals;
        while (name > 0 && nameChar(html[name - 1])) {
            name--;
        }
        if (name > 0 && whitespaceBefore(html, name)) {
            if (is(html, name, equals, "id")) {
                if (close > equals + 2) {
                    ids.add(text(html, equals + 2, close));
                }
            } else if (is(html, name, equals, "href") || is(html, name, equals, "src")) {
                links.add(text(html, equals + 2, close));
            }
        }
    }

    private static String text(byte[] html, int from, int to) {
        return new String(html, from, to - from, StandardCharsets.UTF_8);
    }

    private static boolean is(byte[] html, int from, int to, String name) {
        if (to - from != name.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (html[from + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the character that ends just before {@code at} is white space, as {@link Character#isWhitespace} says. */
    private static boolean whitespaceBefore(byte[] html, int at) {
        int start = at - 1;
        // A multi-byte character's first byte is the one not of the form 10xxxxxx.
        while (start > 0 && start > at - 4 && (html[start] & 0xC0) == 0x80) {
            start--;
        }
        return Character.isWhitespace(codePointAt(html, start, at));
    }

    /** The character whose UTF-8 bytes start at {@code at}, or -1 past the end. */
    private static int codePointAt(byte[] html, int at, int length) {
        if (at >= length) {
            return -1;
        }
        if (html[at] >= 0) {
            return html[at];
        }
        int end = at + 1;
        while (end < length && end < at + 4 && (html[end] & 0xC0) == 0x80) {
            end++;
        }
        String character = text(html, at, end);
        return character.codePointAt(0);
    }

    private static boolean nameChar(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                || c == ':';
    }
}
