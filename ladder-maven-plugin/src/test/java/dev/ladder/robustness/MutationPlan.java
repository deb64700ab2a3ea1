package dev.ladder.robustness;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The mutations of one iteration and what they leave of each file they touch.
 *
 * @param results the final state of each touched file, by path relative to the content folder
 * @param steps   the mutations in the order they were applied
 */
record MutationPlan(long seed, Map<String, FileState> results, List<Step> steps) {

    /** One mutation of the plan, described well enough to redo it by hand. */
    record Step(String file, MutationKind kind, String description) {
        @Override
        public String toString() {
            return file + ": " + description;
        }
    }

    @Override
    public String toString() {
        return "seed " + seed + " {" + steps.stream().map(Step::toString).collect(Collectors.joining("; ")) + "}";
    }
}
