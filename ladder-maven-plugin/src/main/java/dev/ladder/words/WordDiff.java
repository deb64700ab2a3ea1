package dev.ladder.words;

import org.eclipse.jgit.diff.Edit;

import java.util.ArrayList;
import java.util.List;

/**
 * The words added and removed between two versions of a text, grouped into the blocks (paragraphs,
 * list items) of the newer version, so a diff reads in the shape of the text. Words are compared as
 * they are read, so whitespace, line wrapping and list markers never show as changes.
 *
 * <p>The matching itself is JGit's histogram diff over words (see {@link WordSequence}). Short runs of
 * one or two unchanged words between changes (a lone "the" or "and") are folded into the change around them,
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
        return of(RecentWords.of(beforeHtml), RecentWords.of(afterHtml));
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

    /** How alike the two texts are: twice the words they share over all their words, from 0 to 1. */
    public static double similarity(String beforeHtml, String afterHtml) {
        List<String> a = RenderedWords.of(beforeHtml).stream().map(Word::text).toList();
        List<String> b = RenderedWords.of(afterHtml).stream().map(Word::text).toList();
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int same = a.size() - WordSequence.edits(a, b).stream().mapToInt(Edit::getLengthA).sum();
        return 2.0 * same / (a.size() + b.size());
    }

    /** Only the blocks that changed, for reports that leave out unchanged text. */
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
        int i = 0;
        int j = 0;
        for (Edit edit : WordSequence.edits(a, b)) {
            while (i < edit.getBeginA()) {
                ops.add(new Op(Change.SAME, before.get(i++), after.get(j++)));
            }
            for (; i < edit.getEndA(); i++) {
                ops.add(new Op(Change.REMOVED, before.get(i), null));
            }
            for (; j < edit.getEndB(); j++) {
                ops.add(new Op(Change.ADDED, null, after.get(j)));
            }
        }
        while (i < before.size()) {
            ops.add(new Op(Change.SAME, before.get(i++), after.get(j++)));
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
        List<Block> blocks = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        Change change = null;
        for (Op op : ops) {
            if (op.shown().startsBlock() || op.change() != change) {
                if (change != null) {
                    spans.add(new Span(change, words.toString()));
                    words.setLength(0);
                }
                if (op.shown().startsBlock() && !spans.isEmpty()) {
                    blocks.add(new Block(List.copyOf(spans)));
                    spans = new ArrayList<>();
                }
                change = op.change();
            } else {
                words.append(' ');
            }
            words.append(op.shown().text());
        }
        if (change != null) {
            spans.add(new Span(change, words.toString()));
            blocks.add(new Block(List.copyOf(spans)));
        }
        return List.copyOf(blocks);
    }
}
