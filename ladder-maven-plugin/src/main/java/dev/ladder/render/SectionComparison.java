package dev.ladder.render;

import dev.ladder.model.Competency;
import dev.ladder.model.Section;
import dev.ladder.words.WordDiff;
import dev.ladder.words.WordDiffHtml;

/**
 * What two levels of one track expect for one competency, and the words that change between them.
 *
 * @param diffHtml the higher level's section with the lower level's words it drops and the words it
 *                 adds marked, escaped and ready to insert into a page
 */
public record SectionComparison(Competency competency, Section lower, Section higher, String diffHtml,
                                boolean changed) {

    static SectionComparison of(Section lower, Section higher) {
        WordDiff diff = WordDiff.between(lower.html(), higher.html());
        return new SectionComparison(higher.competency(), lower, higher, WordDiffHtml.all(diff), diff.changed());
    }
}
