package dev.ladder.diff;

import java.util.List;

/**
 * A word diff as HTML: one {@code <p>} per block, added words in {@code <ins>} and removed words in
 * {@code <del>}, so the change is marked in the markup itself (underline and strike-through, read out
 * by assistive technology, kept in print) and not by colour alone. Every word is escaped here.
 */
public final class WordDiffHtml {

    private WordDiffHtml() {
    }

    public static String all(WordDiff diff) {
        return render(diff.blocks());
    }

    /** Only the blocks that changed, for reports that leave out unchanged text. */
    public static String changed(WordDiff diff) {
        return render(diff.changedBlocks());
    }

    private static String render(List<WordDiff.Block> blocks) {
        StringBuilder out = new StringBuilder();
        for (WordDiff.Block block : blocks) {
            out.append("<p>");
            String separator = "";
            for (WordDiff.Span span : block.spans()) {
                out.append(separator);
                separator = " ";
                String text = escape(span.text());
                switch (span.change()) {
                    case SAME -> out.append(text);
                    case ADDED -> out.append("<ins>").append(text).append("</ins>");
                    case REMOVED -> out.append("<del>").append(text).append("</del>");
                }
            }
            out.append("</p>\n");
        }
        return out.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
