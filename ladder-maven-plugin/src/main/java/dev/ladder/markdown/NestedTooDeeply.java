package dev.ladder.markdown;

import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.Block;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.InlineParserFactory;

import java.util.List;

/**
 * Thrown by {@link Markdown} for a body nested deeper than {@link #MAX_DEPTH}: lists in lists, quotes
 * in quotes, links in emphasis. Every later step (HTML, plain text, the word diff) walks the tree
 * recursively, so such a body would end the build with a stack overflow and no line to fix. No
 * ladder needs more than a handful of levels; the cap leaves room for any real one.
 */
public final class NestedTooDeeply extends RuntimeException {

    /** The deepest nesting of blocks and inline elements a body may have. */
    public static final int MAX_DEPTH = 100;

    private final int line;
    private final int column;

    private NestedTooDeeply(int line, int column) {
        super("nested more than " + MAX_DEPTH + " deep", null, false, false);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The problem's message, for the file and line of {@link #line()}. */
    public String problem() {
        return "lists, quotes or emphasis are nested more than " + MAX_DEPTH + " deep here; "
                + "no page needs that many levels, so flatten them";
    }

    /**
     * Walks the tree without recursion and throws at the first node deeper than the cap.
     *
     * @param firstLine the file line where the parsed text starts
     */
    static void check(Node document, int firstLine) {
        int depth = 0;
        Node node = document;
        while (node != null) {
            if (depth > MAX_DEPTH) {
                throw at(node, firstLine);
            }
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                depth++;
                continue;
            }
            while (node != null && node != document && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            node = node == null || node == document ? null : node.getNext();
        }
    }

    /** Reported at the block that holds the too-deep node, so inline and block nesting read alike. */
    private static NestedTooDeeply at(Node node, int firstLine) {
        Node block = node;
        while (block.getParent() != null && !(block instanceof Block)) {
            block = block.getParent();
        }
        return inBlock(block, firstLine);
    }

    /** At the start of {@code block}, or of the nearest block around it that has a known position. */
    static NestedTooDeeply inBlock(Node block, int firstLine) {
        for (Node at = block; at != null; at = at.getParent()) {
            List<SourceSpan> spans = at.getSourceSpans();
            if (!spans.isEmpty()) {
                return new NestedTooDeeply(firstLine + spans.get(0).getLineIndex(), spans.get(0).getColumnIndex() + 1);
            }
        }
        return new NestedTooDeeply(firstLine, 0);
    }

    /**
     * CommonMark's inline parser, with a stack overflow on text nested too deeply for it (emphasis in
     * emphasis thousands deep) turned into this error at the block being parsed. The overflow has
     * unwound by the time it is caught here, so the parser's thread goes on as normal.
     */
    static final class GuardedInlines implements InlineParserFactory {

        @Override
        public InlineParser create(InlineParserContext context) {
            InlineParser parser = new InlineParserImpl(context);
            return (lines, block) -> {
                try {
                    parser.parse(lines, block);
                } catch (StackOverflowError e) {
                    // Lines are counted from the start of the parsed text; Markdown adds the file's offset.
                    throw inBlock(block, 0);
                }
            };
        }
    }

    /** The same error, with its line moved by {@code firstLine}: for errors raised while parsing. */
    NestedTooDeeply from(int firstLine) {
        return new NestedTooDeeply(line + firstLine, column);
    }
}
