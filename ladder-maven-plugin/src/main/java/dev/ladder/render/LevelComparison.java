package dev.ladder.render;

import dev.ladder.model.Level;

import java.util.ArrayList;
import java.util.List;

/**
 * Two levels of one track, competency by competency: what the compare pages and a level's
 * "What changes" view show. Both levels have one section per competency, in the same order.
 *
 * <p>The word diffs are worked out when {@link #sections()} is called, not when the comparison is
 * made: a site plans every comparison up front (n(n-1)/2 per track), and holding all their diffs at
 * once would make memory grow with the ladder's size.
 */
public record LevelComparison(Level lower, Level higher) {

    public static LevelComparison of(Level lower, Level higher) {
        return new LevelComparison(lower, higher);
    }

    /** The competencies' word diffs, computed anew on each call: a template should call it once. */
    public List<SectionComparison> sections() {
        List<SectionComparison> sections = new ArrayList<>();
        for (int i = 0; i < higher.sections().size(); i++) {
            sections.add(SectionComparison.of(lower.sections().get(i), higher.sections().get(i)));
        }
        return List.copyOf(sections);
    }

    /** The page that shows them side by side, relative to the track's folder. */
    public String page() {
        return lower.comparePage(higher);
    }
}
