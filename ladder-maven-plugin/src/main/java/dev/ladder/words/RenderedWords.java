package dev.ladder.words;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a reader sees in a section, taken from its rendered HTML: list markers, line wrapping,
 * emphasis marks and link targets are not words, so changing only them changes no word.
 *
 * <p>The HTML is the renderer's own output, where text never holds a raw {@code <}, so a tag is
 * everything from {@code <} to the next {@code >} (or a comment to its {@code -->}). The scan uses
 * {@link String#indexOf}, not regular expressions: a large ladder's compare pages read every section
 * many times over, and there the expressions took a good part of a build.
 */
public final class RenderedWords {

    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);");
    private static final Set<String> BLOCKS = Set.of("p", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "pre", "table", "thead", "tbody", "tr", "th", "td", "hr", "div", "dl", "dt", "dd");
    /** Inline tags that still separate words. */
    private static final Set<String> SEPARATORS = Set.of("br", "img");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", " ");

    private RenderedWords() {
    }

    public static List<Word> of(String html) {
        List<Word> words = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean blockPending = true;
        int at = 0;
        int open = html.indexOf('<');
        while (open >= 0) {
            int end = html.startsWith("<!--", open) ? html.indexOf("-->", open + 4) : -1;
            end = end >= 0 ? end + 3 : html.indexOf('>', open) + 1;
            if (end == 0) {
                break;
            }
            text.append(decode(html.substring(at, open)));
            at = end;
            String name = tagName(html, open, end);
            if (BLOCKS.contains(name)) {
                flush(text, words, blockPending);
                blockPending = true;
            } else if (SEPARATORS.contains(name)) {
                text.append(' ');
            }
            open = html.indexOf('<', end);
        }
        text.append(decode(html.substring(at)));
        flush(text, words, blockPending);
        return Collections.unmodifiableList(words);
    }

    /** The lower-case name of the tag from {@code open} to {@code end}; empty for a comment or a stray {@code <}. */
    private static String tagName(String html, int open, int end) {
        int from = open + 1 < end && html.charAt(open + 1) == '/' ? open + 2 : open + 1;
        int to = from;
        while (to < end && (asciiLetter(html.charAt(to)) || to > from && Character.isDigit(html.charAt(to))
                && html.charAt(to) < 128)) {
            to++;
        }
        return html.substring(from, to).toLowerCase(Locale.ROOT);
    }

    private static boolean asciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Adds the words gathered so far, the first of them opening a block when one is pending. */
    private static void flush(StringBuilder text, List<Word> words, boolean blockPending) {
        boolean pending = blockPending;
        String all = text.toString();
        int start = -1;
        for (int i = 0; i <= all.length(); i++) {
            boolean space = i == all.length() || separates(all.charAt(i));
            if (space && start >= 0) {
                words.add(new Word(all.substring(start, i), pending));
                pending = false;
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        text.setLength(0);
    }

    /** White space as the HTML renderer may write it, and the no-break spaces a reader cannot tell from it. */
    private static boolean separates(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B' || c == '\u00A0'
                || c == '\u2007' || c == '\u202F';
    }

    private static String decode(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher entity = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (entity.find()) {
            String name = entity.group(1);
            String replacement;
            if (name.startsWith("#x") || name.startsWith("#X")) {
                replacement = codePoint(Integer.parseInt(name.substring(2), 16), entity.group());
            } else if (name.startsWith("#")) {
                replacement = codePoint(Integer.parseInt(name.substring(1)), entity.group());
            } else {
                replacement = NAMED.getOrDefault(name, entity.group());
            }
            entity.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        entity.appendTail(out);
        return out.toString();
    }

    private static String codePoint(int value, String original) {
        return Character.isValidCodePoint(value) && value != 0 ? new String(Character.toChars(value)) : original;
    }
}
