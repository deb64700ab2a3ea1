package dev.ladder.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The ids and link targets of a rendered page: the values of its {@code id}, {@code href} and
 * {@code src} attributes written in double quotes, in page order, as the theme writes them.
 *
 * <p>A scan of the page's UTF-8 bytes as the renderer holds them, rather than of a decoded string or with
 * regular expressions: every page of a large site goes through it. Decoding each page into a string took
 * a tenth of a build's processor time and an eighth of its allocation; regular expressions, a fifth of a
 * build. The markup looked for is ASCII, and no byte of a multi-byte UTF-8 character is, so the bytes can be
 * searched as they are.
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
     * One pass over a page as UTF-8, in the first {@code length} bytes of {@code html}: a page is read once,
     * for its attributes and for a {@code <base} element (anywhere, even inside a value) at the same time.
     */
    static QuotedAttributes of(byte[] html, int length) {
        List<String> ids = new ArrayList<>();
        List<String> links = new ArrayList<>();
        boolean base = false;
        boolean attributes = true;
        for (int at = 0; at < length; at++) {
            byte c = html[at];
            if (c == '<') {
                base = base || isBase(html, at, length);
            } else if (c == '=' && attributes && at + 1 < length && html[at + 1] == '"') {
                int close = at + 2;
                while (close < length && html[close] != '"') {
                    base = base || html[close] == '<' && isBase(html, close, length);
                    close++;
                }
                if (close == length) {
                    // An unclosed value ends the attributes; the rest is still searched for <base.
                    attributes = false;
                    continue;
                }
                attribute(html, at, close, ids, links);
                at = close;
            }
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

    /** Whether a {@code <base} element, which makes the page's links resolve against another address, starts at {@code at}. */
    private static boolean isBase(byte[] html, int at, int length) {
        return at + 5 < length && html[at + 1] == 'b' && html[at + 2] == 'a' && html[at + 3] == 's'
                && html[at + 4] == 'e' && Character.isWhitespace(codePointAt(html, at + 5, length));
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
