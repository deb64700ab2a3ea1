package dev.ladder.words;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A word diff as GitHub-flavoured Markdown for pull requests: each changed block is a list item,
 * removed words {@code ~~struck~~} and added words in {@code **bold**}. Unchanged blocks are left out.
 */
public final class WordDiffMarkdown {

    /** Characters that Markdown would read as formatting anywhere in a line. */
    private static final Pattern INLINE = Pattern.compile("([\\\\`*_\\[\\]<>|~&])");
    /** What would turn the start of a list item into another block: a heading, a quote, a nested list. */
    private static final Pattern BLOCK_MARK = Pattern.compile("^[#>+-]");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d+)([.)])");

    private WordDiffMarkdown() {
    }

    /** One {@code - ...} line per changed block. */
    public static List<String> changedLines(WordDiff diff) {
        List<String> lines = new ArrayList<>();
        for (WordDiff.Block block : diff.changedBlocks()) {
            StringBuilder line = new StringBuilder("- ");
            String separator = "";
            for (WordDiff.Span span : block.spans()) {
                String text = separator.isEmpty() ? atLineStart(escape(span.text())) : escape(span.text());
                line.append(separator);
                separator = " ";
                switch (span.change()) {
                    case SAME -> line.append(text);
                    case ADDED -> line.append("**").append(text).append("**");
                    case REMOVED -> line.append("~~").append(text).append("~~");
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Escapes text so Markdown shows it as written, within a line. */
    public static String escape(String text) {
        return INLINE.matcher(text).replaceAll("\\\\$1");
    }

    /** Escapes what Markdown reads as a block marker when it starts a line. */
    static String atLineStart(String text) {
        String marked = BLOCK_MARK.matcher(text).replaceFirst("\\\\$0");
        return NUMBERED.matcher(marked).replaceFirst("$1\\\\$2");
    }
}
