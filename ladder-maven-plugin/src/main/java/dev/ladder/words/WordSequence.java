package dev.ladder.words;

import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.Sequence;
import org.eclipse.jgit.diff.SequenceComparator;

import java.util.List;

/**
 * A text as a sequence of words, for JGit's histogram diff.
 *
 * <p>Histogram diff rather than plain Myers: two levels of a ladder seldom share most of their wording,
 * and Myers' work grows with the square of the difference, which on a large ladder's compare pages is
 * most of a build. Histogram diff anchors on words that are rare in both texts, so it stays near linear
 * however different they are, and it is the diff Git users know from {@code --histogram}.
 */
final class WordSequence extends Sequence {

    private static final SequenceComparator<WordSequence> WORDS = new SequenceComparator<>() {
        @Override
        public boolean equals(WordSequence a, int ai, WordSequence b, int bi) {
            return a.words.get(ai).equals(b.words.get(bi));
        }

        @Override
        public int hash(WordSequence sequence, int index) {
            return sequence.words.get(index).hashCode();
        }
    };

    /** Holds no state between diffs, so one serves every thread. */
    private static final DiffAlgorithm HISTOGRAM =
            DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM);

    private final List<String> words;

    private WordSequence(List<String> words) {
        this.words = words;
    }

    /** The changed stretches between two texts, in order; everything between them is the same. */
    static List<Edit> edits(List<String> before, List<String> after) {
        return HISTOGRAM.diff(WORDS, new WordSequence(before), new WordSequence(after));
    }

    @Override
    public int size() {
        return words.size();
    }
}
