package dev.ladder.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;

import java.util.ArrayList;
import java.util.List;

/**
 * The words added and removed between two versions of a text, grouped into the blocks (paragraphs,
 * list items) of the newer version, so a diff reads in the shape of the text. Words are compared as
 * they are read, so whitespace, line wrapping and list markers never show as changes.
 *
 * <p>The matching itself is java-diff-utils' Myers diff over words. Short runs of one or two
 * unchanged words between changes (a lone "the" or "and") are folded into the change around them,
 * as diff-match-patch's semantic clean-up does, because a rewritten sentence is easier to read as
 * one removal and one addition than as a comb of fragments.
 */
public record WordDiff(List<Block> blocks) {

    /** Equal runs this short between two changes are shown as part of the change. */
    private static final int SHORT_RUN = 2;

    public enum Change { SAME, ADDED, REMOVED }

    /** Consecutive words with the same change, joined by single spaces. */
    public record Span(Change change, String text) {
    }

    /** A paragraph or list item of the diff. */
    public record Block(List<Span> spans) {

        public boolean changed() {
            return spans.stream().anyMatch(span -> span.change() != Change.SAME);
        }
    }

    public WordDiff {
        blocks = List.copyOf(blocks);
    }

    /** The diff of two rendered HTML fragments, such as two versions of a competency section. */
    public static WordDiff between(String beforeHtml, String afterHtml) {
        return of(RenderedWords.of(beforeHtml), RenderedWords.of(afterHtml));
    }

    public static WordDiff of(List<Word> before, List<Word> after) {
        List<Op> ops = foldShortRuns(ops(before, after));
        return new WordDiff(blocks(inBlockOrder(ops)));
    }

    /** No text on either side. */
    public static WordDiff none() {
        return new WordDiff(List.of());
    }

    public boolean changed() {
        return blocks.stream().anyMatch(Block::changed);
    }

    /** Every block as escaped HTML, for templates. */
    public String html() {
        return WordDiffHtml.all(this);
    }

    /** Only the changed blocks as escaped HTML, for templates. */
    public String changedHtml() {
        return WordDiffHtml.changed(this);
    }

    /** How alike the two texts are: twice the words they share over all their words, from 0 to 1. */
    public static double similarity(String beforeHtml, String afterHtml) {
        List<String> a = RenderedWords.of(beforeHtml).stream().map(Word::text).toList();
        List<String> b = RenderedWords.of(afterHtml).stream().map(Word::text).toList();
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int same = DiffUtils.diff(a, b, true).getDeltas().stream()
                .filter(delta -> delta.getType() == DeltaType.EQUAL)
                .mapToInt(delta -> delta.getSource().size()).sum();
        return 2.0 * same / (a.size() + b.size());
    }

    public List<Block> changedBlocks() {
        return blocks.stream().filter(Block::changed).toList();
    }

    /** One word of the diff; {@code before} is null for an added word, {@code after} for a removed one. */
    private record Op(Change change, Word before, Word after) {

        Word shown() {
            return after != null ? after : before;
        }
    }

    private static List<Op> ops(List<Word> before, List<Word> after) {
        List<String> a = before.stream().map(Word::text).toList();
        List<String> b = after.stream().map(Word::text).toList();
        List<Op> ops = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b, true).getDeltas()) {
            int from = delta.getSource().getPosition();
            int to = delta.getTarget().getPosition();
            if (delta.getType() == DeltaType.EQUAL) {
                for (int k = 0; k < delta.getSource().size(); k++) {
                    ops.add(new Op(Change.SAME, before.get(from + k), after.get(to + k)));
                }
                continue;
            }
            for (int k = 0; k < delta.getSource().size(); k++) {
                ops.add(new Op(Change.REMOVED, before.get(from + k), null));
            }
            for (int k = 0; k < delta.getTarget().size(); k++) {
                ops.add(new Op(Change.ADDED, null, after.get(to + k)));
            }
        }
        return ops;
    }

    private static List<Op> foldShortRuns(List<Op> ops) {
        List<Op> out = new ArrayList<>();
        int i = 0;
        while (i < ops.size()) {
            int end = i;
            while (end < ops.size() && ops.get(end).change() == Change.SAME) {
                end++;
            }
            boolean between = i > 0 && end < ops.size() && end > i;
            if (between && end - i <= SHORT_RUN) {
                for (int k = i; k < end; k++) {
                    out.add(new Op(Change.REMOVED, ops.get(k).before(), null));
                    out.add(new Op(Change.ADDED, null, ops.get(k).after()));
                }
            } else {
                out.addAll(ops.subList(i, end));
            }
            if (end < ops.size()) {
                out.add(ops.get(end));
            }
            i = end + 1;
        }
        return out;
    }

    /**
     * Orders each changed stretch as removal, then addition, block by block: the old words of a list
     * item are followed by the new words of that item. A reworded part of an item stays on the item's
     * line; an item replaced whole is shown as the old line and then the new one.
     */
    private static List<Op> inBlockOrder(List<Op> ops) {
        List<Op> out = new ArrayList<>();
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i).change() == Change.SAME) {
                out.add(ops.get(i++));
                continue;
            }
            List<Op> removed = new ArrayList<>();
            List<Op> added = new ArrayList<>();
            while (i < ops.size() && ops.get(i).change() != Change.SAME) {
                (ops.get(i).change() == Change.REMOVED ? removed : added).add(ops.get(i));
                i++;
            }
            boolean endsBlock = i == ops.size() || ops.get(i).shown().startsBlock();
            List<List<Op>> removedBlocks = byBlock(removed);
            List<List<Op>> addedBlocks = byBlock(added);
            for (int k = 0; k < Math.max(removedBlocks.size(), addedBlocks.size()); k++) {
                boolean paired = k < removedBlocks.size();
                if (paired) {
                    out.addAll(removedBlocks.get(k));
                }
                if (k < addedBlocks.size()) {
                    List<Op> block = addedBlocks.get(k);
                    boolean whole = paired && whole(removedBlocks, k, endsBlock) && whole(addedBlocks, k, endsBlock);
                    Op first = block.get(0);
                    out.add(paired && !whole ? new Op(Change.ADDED, null, new Word(first.after().text(), false)) : first);
                    out.addAll(block.subList(1, block.size()));
                }
            }
        }
        return out;
    }

    /** Whether the k-th segment is a block of its own: it starts one, and the next segment or word starts another. */
    private static boolean whole(List<List<Op>> segments, int k, boolean runEndsBlock) {
        return segments.get(k).get(0).shown().startsBlock() && (k < segments.size() - 1 || runEndsBlock);
    }

    private static List<List<Op>> byBlock(List<Op> ops) {
        List<List<Op>> blocks = new ArrayList<>();
        for (Op op : ops) {
            if (blocks.isEmpty() || op.shown().startsBlock()) {
                blocks.add(new ArrayList<>());
            }
            blocks.get(blocks.size() - 1).add(op);
        }
        return blocks;
    }

    private static List<Block> blocks(List<Op> ops) {
        List<List<Span>> blocks = new ArrayList<>();
        for (Op op : ops) {
            if (blocks.isEmpty() || op.shown().startsBlock()) {
                blocks.add(new ArrayList<>());
            }
            List<Span> spans = blocks.get(blocks.size() - 1);
            Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && last.change() == op.change()) {
                spans.set(spans.size() - 1, new Span(op.change(), last.text() + " " + op.shown().text()));
            } else {
                spans.add(new Span(op.change(), op.shown().text()));
            }
        }
        return blocks.stream().map(spans -> new Block(List.copyOf(spans))).toList();
    }
}
