package dev.ladder.diff;

import java.util.ArrayList;
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
 * everything from {@code <} to the next {@code >}.
 */
public final class RenderedWords {

    private static final Pattern TAG = Pattern.compile("<!--.*?-->|<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>|<[^>]*>",
            Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
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
        Matcher tag = TAG.matcher(html);
        int at = 0;
        while (tag.find()) {
            text.append(decode(html.substring(at, tag.start())));
            at = tag.end();
            String name = tag.group(2) == null ? "" : tag.group(2).toLowerCase(Locale.ROOT);
            if (BLOCKS.contains(name)) {
                flush(text, words, blockPending);
                blockPending = true;
            } else if (SEPARATORS.contains(name)) {
                text.append(' ');
            }
        }
        text.append(decode(html.substring(at)));
        flush(text, words, blockPending);
        return List.copyOf(words);
    }

    /** Adds the words gathered so far, the first of them opening a block when one is pending. */
    private static void flush(StringBuilder text, List<Word> words, boolean blockPending) {
        boolean pending = blockPending;
        for (String word : SPACE.split(text)) {
            if (!word.isEmpty()) {
                words.add(new Word(word, pending));
                pending = false;
            }
        }
        text.setLength(0);
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
