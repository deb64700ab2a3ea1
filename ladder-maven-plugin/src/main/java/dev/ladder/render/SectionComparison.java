package dev.ladder.render;

import dev.ladder.model.Competency;
import dev.ladder.model.Section;
import dev.ladder.words.WordDiff;

/**
 * What two levels of one track expect for one competency, and the words that change between them.
 *
 * @param diff the higher level's section with the lower level's words it drops and the words it adds,
 *             which the theme's {@code partials/word-diff.ftlh} marks up
 */
public record SectionComparison(Competency competency, Section lower, Section higher, WordDiff diff) {

    static SectionComparison of(Section lower, Section higher) {
        return new SectionComparison(higher.competency(), lower, higher, WordDiff.between(lower.html(), higher.html()));
    }

    public boolean changed() {
        return diff.changed();
    }
}
