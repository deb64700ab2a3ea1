package dev.ladder.diff;

import dev.ladder.model.Level;

import java.util.ArrayList;
import java.util.List;

/**
 * Two levels of one track, competency by competency: what the compare pages and a level's
 * "What changes" view show. Both levels have one section per competency, in the same order.
 */
public record LevelComparison(Level lower, Level higher, List<SectionComparison> sections) {

    public static LevelComparison of(Level lower, Level higher) {
        List<SectionComparison> sections = new ArrayList<>();
        for (int i = 0; i < higher.sections().size(); i++) {
            sections.add(SectionComparison.of(lower.sections().get(i), higher.sections().get(i)));
        }
        return new LevelComparison(lower, higher, List.copyOf(sections));
    }

    /** The page that shows them side by side, relative to the track's folder. */
    public String page() {
        return page(lower, higher);
    }

    public static String page(Level lower, Level higher) {
        return "compare-" + lower.slug() + "-" + higher.slug() + ".html";
    }
}
