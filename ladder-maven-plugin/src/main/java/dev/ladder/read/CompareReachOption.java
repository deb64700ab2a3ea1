package dev.ladder.read;

import dev.ladder.model.ComparePairs;
import dev.ladder.problem.Problems;

import java.nio.file.Path;

/** Checks the {@code compareReach} option: how many levels up each level gets a compare page with. */
public final class CompareReachOption {

    private CompareReachOption() {
    }

    /** @return whether the option is a reach; a problem is reported at the project's pom.xml when it is not */
    public static boolean check(String compareReach, Path project, Problems problems) {
        if (ComparePairs.parse(compareReach).isPresent()) {
            return true;
        }
        problems.error(project.resolve("pom.xml"), 0, "option compareReach '" + compareReach + "' must be a whole "
                + "number of levels from 1 up, such as 2 (each level compared with the next two), or "
                + ComparePairs.ALL_WORD + " (every pair of levels) (set <compareReach> or -Dladder.compareReach)");
        return false;
    }
}
