package dev.ladder.words;

import java.util.ArrayList;
import java.util.List;

/**
 * Two versions of a section as one word diff, bullet by bullet (see {@link BulletAlignment}): a reworded
 * bullet shows its changed words on its own line, a moved one shows no change, and only bullets with no
 * counterpart show as removed or added whole. For {@code ladder:diff}, where the whole-text diff would show
 * a moved bullet as a deletion and an insertion.
 */
public final class BulletDiff {

    private BulletDiff() {
    }

    /** The diff in the newer version's order, each removed bullet just before the first bullet that followed it. */
    public static WordDiff between(String beforeHtml, String afterHtml) {
        BulletAlignment alignment = BulletAlignment.between(beforeHtml, afterHtml);
        BulletAlignment.Pair[] pairOf = new BulletAlignment.Pair[alignment.higher().size()];
        alignment.pairs().forEach(pair -> pairOf[pair.higher()] = pair);
        List<Integer> left = new ArrayList<>(alignment.left());
        List<WordDiff.Block> blocks = new ArrayList<>();
        for (int j = 0; j < pairOf.length; j++) {
            if (pairOf[j] == null) {
                blocks.addAll(WordDiff.of(List.of(), alignment.higher().get(j).words()).blocks());
                continue;
            }
            while (!left.isEmpty() && left.get(0) < pairOf[j].lower()) {
                blocks.addAll(removed(alignment, left.remove(0)));
            }
            blocks.addAll(pairOf[j].diff().blocks());
        }
        left.forEach(i -> blocks.addAll(removed(alignment, i)));
        return new WordDiff(blocks);
    }

    private static List<WordDiff.Block> removed(BulletAlignment alignment, int lower) {
        return WordDiff.of(alignment.lower().get(lower).words(), List.of()).blocks();
    }
}
