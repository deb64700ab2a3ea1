package dev.ladder.read;

import dev.ladder.model.ComparePairs;
import dev.ladder.model.Level;
import dev.ladder.problem.Problems;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A compare page is named after its two level files, {@code compare-<lower>-<higher>.html}, and file
 * names may hold hyphens: levels in {@code x.md} and {@code y-z.md} compare on the same page name as
 * levels in {@code x-y.md} and {@code z.md}. One page would overwrite the other, whichever finished
 * last, so such names are refused (compared without case, as many file systems do).
 */
final class ComparePageNames {

    private ComparePageNames() {
    }

    /**
     * @param levels       the track's levels in ladder order
     * @param compareReach the build's reach ({@link ComparePairs}): only the pages it makes can collide
     */
    static void check(List<LevelDraft> levels, int compareReach, Problems problems) {
        Map<String, ComparePairs.Pair> named = new HashMap<>();
        for (ComparePairs.Pair pair : ComparePairs.of(levels.size(), compareReach)) {
            LevelDraft lower = levels.get(pair.lower());
            LevelDraft higher = levels.get(pair.higher());
            String page = Level.compareSlug(lower.slug(), higher.slug()) + ".html";
            ComparePairs.Pair earlier = named.putIfAbsent(page.toLowerCase(Locale.ROOT), pair);
            if (earlier != null) {
                LevelDraft first = levels.get(earlier.lower());
                LevelDraft second = levels.get(earlier.higher());
                problems.error(lower.file(), 0, "the page comparing " + lower.code() + " with " + higher.code()
                        + " would be named " + page + ", as is the page comparing " + first.code() + " with "
                        + second.code() + " (files " + fileName(first) + " and " + fileName(second)
                        + "); rename " + fileName(lower) + " or " + fileName(higher) + " so that the names differ");
            }
        }
    }

    private static String fileName(LevelDraft level) {
        return level.file().getFileName().toString();
    }
}
