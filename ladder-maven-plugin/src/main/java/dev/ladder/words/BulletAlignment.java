package dev.ladder.words;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bullets of two texts (two levels' sections, or two versions of one) paired one to one: each pair is
 * the same expectation said again, perhaps reworded or grown, and shows as one line with the words that
 * change marked; the rest are new in the higher text or only in the lower one.
 *
 * <p>How it decides: every bullet of one text is scored against every bullet of the other by
 * {@link BulletSimilarity} (shared words, in order and in any order). Pairs scoring under {@link #THRESHOLD}
 * are never made. Among the rest, the {@link OptimalAssignment} with the largest total score is taken, so a
 * bullet is not paired with its second-best match just because another bullet claimed it first. Where two
 * assignments score the same, the one keeping bullets nearer their own places wins; position counts for
 * nothing else, so reordered bullets pair as before.
 *
 * @param pairs  in the higher text's order
 * @param added  the higher text's bullets that pair with none, by index, in order
 * @param left   the lower text's bullets that pair with none, by index, in order
 */
public record BulletAlignment(List<Bullet> lower, List<Bullet> higher, List<Pair> pairs, List<Integer> added,
                              List<Integer> left) {

    /** The least similarity at which two bullets count as one expectation: set on the labelled fixture. */
    public static final double THRESHOLD = 0.35;

    /**
     * Above this many bullets on a side only identical bullets are paired, so that a section of thousands
     * of bullets costs time in proportion to its length rather than to its cube.
     */
    public static final int EXACT_UP_TO = 60;

    /** Breaks ties between equal scores in favour of pairs whose places are close; far below any real score step. */
    private static final double NEARER = 1e-6;

    /**
     * Two bullets that say the same thing.
     *
     * @param diff the lower bullet's words the higher one drops and the words it adds
     */
    public record Pair(int lower, int higher, WordDiff diff) {

        /** Whether the wording differs; a pair that only moved is not a change. */
        public boolean changed() {
            return diff.changed();
        }
    }

    public BulletAlignment {
        lower = List.copyOf(lower);
        higher = List.copyOf(higher);
        pairs = List.copyOf(pairs);
        added = List.copyOf(added);
        left = List.copyOf(left);
    }

    /** The alignment of two sections' rendered HTML; a thread's recent results are reused (see {@link RecentResults}). */
    public static BulletAlignment between(String lowerHtml, String higherHtml) {
        return RECENT.of(List.of(lowerHtml, higherHtml),
                key -> of(SectionBullets.of(key.get(0)), SectionBullets.of(key.get(1))));
    }

    public static BulletAlignment of(List<Bullet> lower, List<Bullet> higher) {
        int[] partner = lower.size() > EXACT_UP_TO || higher.size() > EXACT_UP_TO
                ? identical(lower, higher) : optimal(lower, higher);
        List<Pair> pairs = new ArrayList<>();
        List<Integer> added = new ArrayList<>();
        boolean[] paired = new boolean[lower.size()];
        for (int j = 0; j < higher.size(); j++) {
            int i = partner[j];
            if (i >= 0) {
                paired[i] = true;
                pairs.add(new Pair(i, j, WordDiff.of(lower.get(i).words(), higher.get(j).words())));
            } else {
                added.add(j);
            }
        }
        List<Integer> left = new ArrayList<>();
        for (int i = 0; i < lower.size(); i++) {
            if (!paired[i]) {
                left.add(i);
            }
        }
        return new BulletAlignment(lower, higher, pairs, added, left);
    }

    /** The higher text's bullets that pair with none. */
    public List<Bullet> addedBullets() {
        return added.stream().map(higher::get).toList();
    }

    /** The lower text's bullets that pair with none. */
    public List<Bullet> leftBullets() {
        return left.stream().map(lower::get).toList();
    }

    /** The pairs whose wording changed: the expectations that grow. */
    public List<Pair> changedPairs() {
        return pairs.stream().filter(Pair::changed).toList();
    }

    /** The pairs said in the same words at both ends. */
    public List<Pair> samePairs() {
        return pairs.stream().filter(pair -> !pair.changed()).toList();
    }

    /** For each higher bullet, the lower bullet it pairs with, or -1. */
    private static int[] optimal(List<Bullet> lower, List<Bullet> higher) {
        Map<String, Integer> ids = new HashMap<>();
        List<int[]> a = lower.stream().map(bullet -> BulletSimilarity.numbered(bullet.terms(), ids)).toList();
        List<int[]> b = higher.stream().map(bullet -> BulletSimilarity.numbered(bullet.terms(), ids)).toList();
        double[][] score = new double[higher.size()][lower.size()];
        double[][] weight = new double[higher.size()][lower.size()];
        for (int j = 0; j < b.size(); j++) {
            for (int i = 0; i < a.size(); i++) {
                score[j][i] = BulletSimilarity.of(a.get(i), b.get(j));
                weight[j][i] = score[j][i] >= THRESHOLD ? score[j][i] - NEARER * Math.abs(i - j) : 0;
            }
        }
        int[] partner = OptimalAssignment.maximising(weight);
        for (int j = 0; j < partner.length; j++) {
            if (partner[j] >= 0 && score[j][partner[j]] < THRESHOLD) {
                partner[j] = -1;
            }
        }
        return partner;
    }

    /** Pairs bullets of the same words only, in order of appearance: the linear fallback for long sections. */
    private static int[] identical(List<Bullet> lower, List<Bullet> higher) {
        Map<List<String>, List<Integer>> byWords = new HashMap<>();
        for (int i = lower.size() - 1; i >= 0; i--) {
            byWords.computeIfAbsent(texts(lower.get(i)), key -> new ArrayList<>()).add(i);
        }
        int[] partner = new int[higher.size()];
        for (int j = 0; j < higher.size(); j++) {
            List<Integer> same = byWords.get(texts(higher.get(j)));
            partner[j] = same == null || same.isEmpty() ? -1 : same.remove(same.size() - 1);
        }
        return partner;
    }

    private static List<String> texts(Bullet bullet) {
        return bullet.words().stream().map(Word::text).toList();
    }

    /** Enough for the sections of a few levels; site pages share theirs through the render package instead. */
    private static final RecentResults<List<String>, BulletAlignment> RECENT = new RecentResults<>(512);
}
