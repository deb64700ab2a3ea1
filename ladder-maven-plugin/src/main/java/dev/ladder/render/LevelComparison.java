package dev.ladder.render;

import dev.ladder.model.Level;
import dev.ladder.model.Section;
import dev.ladder.model.Track;
import dev.ladder.words.Bullet;
import dev.ladder.words.BulletAlignment;
import dev.ladder.words.WordDiff;

import java.util.ArrayList;
import java.util.List;

/**
 * Two levels of one track, competency by competency: what the compare pages, a level's "What changes"
 * view and a track's "What's new at each level" show. Both levels have one section per competency, in
 * the same order.
 *
 * <p>Levels further apart are compared through the levels between them: each level's bullets are aligned
 * with the next level's, and a bullet of the higher level is followed down that chain. One that reaches
 * the lower level grows from the bullet it reaches there; one that stops on the way is new at the level
 * where it stops. In a cumulative ladder, a bullet added between the two and not said again above still
 * holds at the higher level, so it counts as new too. Neighbouring levels' alignments are shared with the
 * level pages (see {@link TrackAlignments}).
 *
 * <p>The comparison is worked out when {@link #sections()} is called, not when it is made: a site plans
 * every comparison up front (n(n-1)/2 per track), and holding all their results at once would make memory
 * grow with the ladder's size.
 *
 * @param track      the track, whose neighbour alignments are looked up when the sections are worked out
 * @param from       the lower level's place in the track
 * @param to         the higher level's place in the track
 * @param cumulative whether the ladder is cumulative (see {@link dev.ladder.model.Home#cumulative()})
 */
public record LevelComparison(Track track, int from, int to, boolean cumulative) {

    /** The track's levels at places {@code from} and {@code to}, {@code from < to}. */
    public static LevelComparison of(Track track, int from, int to, boolean cumulative) {
        return new LevelComparison(track, from, to, cumulative);
    }

    /** The lower level, the levels between in ladder order, and the higher level. */
    public List<Level> levels() {
        return track.levels().subList(from, to + 1);
    }

    public Level lower() {
        return track.levels().get(from);
    }

    public Level higher() {
        return track.levels().get(to);
    }

    /** The competencies compared, computed anew on each call: a template should call it once. */
    public List<SectionComparison> sections() {
        List<SectionComparison> sections = new ArrayList<>();
        TrackAlignments alignments = TrackAlignments.of(track);
        for (int i = 0; i < higher().sections().size(); i++) {
            sections.add(section(alignments, i));
        }
        return List.copyOf(sections);
    }

    /** The page that shows them side by side, relative to the track's folder. */
    public String page() {
        return lower().comparePage(higher());
    }

    private SectionComparison section(TrackAlignments alignments, int competency) {
        List<Level> levels = levels();
        int steps = to - from;
        List<BulletAlignment> chain = new ArrayList<>();
        for (int k = 0; k < steps; k++) {
            chain.add(alignments.step(from + k, competency));
        }
        List<List<Bullet>> bullets = new ArrayList<>();
        bullets.add(chain.get(0).lower());
        chain.forEach(alignment -> bullets.add(alignment.higher()));
        boolean[][] reached = new boolean[levels.size()][];
        for (int k = 0; k <= steps; k++) {
            reached[k] = new boolean[bullets.get(k).size()];
        }
        List<SectionComparison.Added> added = new ArrayList<>();
        List<Integer> addedAt = new ArrayList<>();
        List<WordDiff> grown = new ArrayList<>();
        List<Bullet> same = new ArrayList<>();
        // The higher level's bullets first; then, in a cumulative ladder, those of the levels between
        // that no bullet above says again, highest level first.
        for (int k = steps; k > 0; k--) {
            if (k < steps && !cumulative) {
                break;
            }
            List<SectionComparison.Added> addedHere = new ArrayList<>();
            List<Integer> addedHereAt = new ArrayList<>();
            for (int j = 0; j < bullets.get(k).size(); j++) {
                if (reached[k][j]) {
                    continue;
                }
                int level = k;
                int index = j;
                while (level > 0 && (index = lowerOf(chain.get(level - 1), index)) >= 0) {
                    level--;
                    reached[level][index] = true;
                }
                Bullet bullet = bullets.get(k).get(j);
                if (level > 0) {
                    addedHere.add(new SectionComparison.Added(bullet, levels.get(level)));
                    addedHereAt.add(level);
                    continue;
                }
                int origin = trace(chain, k, j);
                Bullet lowerBullet = bullets.get(0).get(origin);
                if (lowerBullet.words().equals(bullet.words())) {
                    same.add(bullet);
                } else {
                    grown.add(k == 1 ? pairDiff(chain.get(0), origin, j) : WordDiff.of(lowerBullet.words(), bullet.words()));
                }
            }
            added.addAll(0, addedHere);
            addedAt.addAll(0, addedHereAt);
        }
        added = byLevel(added, addedAt);
        List<Bullet> left = new ArrayList<>();
        for (int i = 0; i < bullets.get(0).size(); i++) {
            if (!reached[0][i]) {
                left.add(bullets.get(0).get(i));
            }
        }
        return new SectionComparison(section(steps, competency).competency(), section(0, competency),
                section(steps, competency), added, grown, same, left);
    }

    private Section section(int level, int competency) {
        return track.levels().get(from + level).sections().get(competency);
    }

    /** The added bullets in the order of the levels they came in at (a stable sort), lowest first. */
    private static List<SectionComparison.Added> byLevel(List<SectionComparison.Added> added, List<Integer> at) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < added.size(); i++) {
            order.add(i);
        }
        order.sort(java.util.Comparator.comparing(at::get));
        return order.stream().map(added::get).toList();
    }

    /** The lower bullet a higher bullet pairs with, or -1. */
    private static int lowerOf(BulletAlignment alignment, int higher) {
        for (BulletAlignment.Pair pair : alignment.pairs()) {
            if (pair.higher() == higher) {
                return pair.lower();
            }
        }
        return -1;
    }

    /** The lowest level's bullet that bullet {@code index} of level {@code level} goes back to; it is known to reach it. */
    private static int trace(List<BulletAlignment> chain, int level, int index) {
        int at = index;
        for (int k = level; k > 0; k--) {
            at = lowerOf(chain.get(k - 1), at);
        }
        return at;
    }

    private static WordDiff pairDiff(BulletAlignment alignment, int lower, int higher) {
        return alignment.pairs().stream().filter(pair -> pair.lower() == lower && pair.higher() == higher)
                .findFirst().orElseThrow().diff();
    }
}
