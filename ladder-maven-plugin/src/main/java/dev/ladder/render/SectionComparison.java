package dev.ladder.render;

import dev.ladder.model.Competency;
import dev.ladder.model.Level;
import dev.ladder.model.Section;
import dev.ladder.words.Bullet;
import dev.ladder.words.WordDiff;

import java.util.List;

/**
 * What two levels of one track expect for one competency, bullet by bullet (see
 * {@link dev.ladder.words.BulletAlignment}): what the higher level adds, what it grows from a lower bullet,
 * what both say in the same words, and the lower level's bullets it does not say again.
 *
 * @param added the higher level's new expectations, each with the level that first has it
 * @param grown the lower level's bullets said again with changes, as word diffs the theme's
 *              {@code partials/word-diff.ftlh} marks up
 * @param same  bullets both levels say in the same words, wherever they stand in the section
 * @param left  the lower level's bullets no higher level says again: carried over in a cumulative
 *              ladder, no longer expected in a restated one
 */
public record SectionComparison(Competency competency, Section lower, Section higher, List<Added> added,
                                List<WordDiff> grown, List<Bullet> same, List<Bullet> left) {

    /** A new expectation and the level that first has it: the higher level itself, or one between. */
    public record Added(Bullet bullet, Level since) {
    }

    public SectionComparison {
        added = List.copyOf(added);
        grown = List.copyOf(grown);
        same = List.copyOf(same);
        left = List.copyOf(left);
    }

    /** Whether the higher level expects anything new or grown, or leaves out something the lower one said. */
    public boolean changed() {
        return !added.isEmpty() || !grown.isEmpty() || !left.isEmpty();
    }
}
