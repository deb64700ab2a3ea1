package dev.ladder.diff;

import dev.ladder.model.Level;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Finds each level of the newer version in the older one: by file name first, then by an alias that
 * names the old file (a renamed level), then by code (a renamed level that lost its old address).
 */
final class LevelMatcher {

    private LevelMatcher() {
    }

    /** Newer level to older level, in the newer ladder order; levels found in one version only are left out. */
    static Map<Level, Level> match(List<Level> before, List<Level> after) {
        Map<Level, Level> matched = new IdentityHashMap<>();
        List<Level> unmatched = new ArrayList<>(before);
        pass(after, unmatched, matched, (old, now) -> old.slug().equals(now.slug()));
        pass(after, unmatched, matched, (old, now) -> now.aliases().stream().anyMatch(old.slug()::equalsIgnoreCase));
        pass(after, unmatched, matched, (old, now) -> old.code().equals(now.code()));
        Map<Level, Level> ordered = new LinkedHashMap<>();
        after.stream().filter(matched::containsKey).forEach(level -> ordered.put(level, matched.get(level)));
        return ordered;
    }

    private static void pass(List<Level> after, List<Level> unmatched, Map<Level, Level> matched,
                             BiPredicate<Level, Level> same) {
        for (Level now : after) {
            if (matched.containsKey(now)) {
                continue;
            }
            unmatched.stream().filter(old -> same.test(old, now)).findFirst().ifPresent(old -> {
                matched.put(now, old);
                unmatched.remove(old);
            });
        }
    }
}
