package dev.ladder.words;

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
                switch (span.change()) {
                    case SAME -> escape(out, span.text());
                    case ADDED -> escape(out.append("<ins>"), span.text()).append("</ins>");
                    case REMOVED -> escape(out.append("<del>"), span.text()).append("</del>");
                }
            }
            out.append("</p>\n");
        }
        return out.toString();
    }

    private static StringBuilder escape(StringBuilder out, String text) {
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            String entity = switch (text.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null) {
                out.append(text, from, i).append(entity);
                from = i + 1;
            }
        }
        return out.append(text, from, text.length());
    }
}
