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
        List<WordDiff.Block> blocks = new ArrayList<>();
        int[] partner = new int[alignment.higher().size()];
        java.util.Arrays.fill(partner, -1);
        List<WordDiff> diffs = new ArrayList<>();
        alignment.higher().forEach(bullet -> diffs.add(null));
        for (BulletAlignment.Pair pair : alignment.pairs()) {
            partner[pair.higher()] = pair.lower();
            diffs.set(pair.higher(), pair.diff());
        }
        List<Integer> left = new ArrayList<>(alignment.left());
        for (int j = 0; j < partner.length; j++) {
            if (partner[j] >= 0) {
                int before = partner[j];
                while (!left.isEmpty() && left.get(0) < before) {
                    blocks.addAll(removed(alignment, left.remove(0)));
                }
                blocks.addAll(diffs.get(j).blocks());
            } else {
                blocks.addAll(WordDiff.of(List.of(), alignment.higher().get(j).words()).blocks());
            }
        }
        left.forEach(i -> blocks.addAll(removed(alignment, i)));
        return new WordDiff(blocks);
    }

    private static List<WordDiff.Block> removed(BulletAlignment alignment, int lower) {
        return WordDiff.of(alignment.lower().get(lower).words(), List.of()).blocks();
    }
}
