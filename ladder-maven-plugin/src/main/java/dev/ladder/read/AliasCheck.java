package dev.ladder.read;

import dev.ladder.load.ContentLoader;
import dev.ladder.model.ComparePairs;
import dev.ladder.model.Level;
import dev.ladder.problem.Problems;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks the {@code aliases} of a track's levels: each alias becomes a redirect page beside the
 * level pages, so it must be usable in an address and must not take the name of any other page of
 * the track. Names are compared without case, as many file systems do.
 */
final class AliasCheck {

    private AliasCheck() {
    }

    /**
     * @param levels       the track's levels in ladder order
     * @param compareReach the build's reach ({@link ComparePairs}): only the compare pages it makes take names
     */
    static void check(List<LevelDraft> levels, int compareReach, Problems problems) {
        Map<String, String> taken = new HashMap<>();
        ContentLoader.RESERVED_LEVELS.forEach(name -> taken.put(name, "the name of a page the site makes itself"));
        for (LevelDraft level : levels) {
            String comparison = comparison(levels, compareReach, key(level.slug()));
            if (comparison != null) {
                problems.error(level.file(), 0, "name '" + level.slug() + "' is " + comparison
                        + "; rename the file");
            }
        }
        for (LevelDraft level : levels) {
            taken.put(key(level.slug()), "the address of level " + level.code() + " (" + fileName(level) + ")");
        }
        for (LevelDraft level : levels) {
            for (ListItem alias : level.fields().list("aliases")) {
                String comparison = comparison(levels, compareReach, key(alias.value()));
                if (comparison != null) {
                    taken.putIfAbsent(key(alias.value()), comparison);
                }
                check(level, alias, taken, problems);
            }
        }
    }

    /**
     * What compare page, if any, has the name {@code key}. Worked out for the names that start like one,
     * not listed in advance: a track of n levels may have n(n-1)/2 compare pages.
     */
    private static String comparison(List<LevelDraft> levels, int compareReach, String key) {
        if (!key.startsWith("compare-")) {
            return null;
        }
        for (ComparePairs.Pair pair : ComparePairs.of(levels.size(), compareReach)) {
            LevelDraft lower = levels.get(pair.lower());
            LevelDraft higher = levels.get(pair.higher());
            if (key.equals(key(Level.compareSlug(lower.slug(), higher.slug())))) {
                return "the name of the page comparing " + lower.code() + " with " + higher.code();
            }
        }
        return null;
    }

    private static void check(LevelDraft level, ListItem alias, Map<String, String> taken, Problems problems) {
        String name = alias.value();
        String problem = null;
        if (!ContentLoader.SLUG.matcher(name).matches()) {
            problem = "cannot be part of a web address; use letters, digits, '-' and '_' only, "
                    + "as in a file name without '.md'";
        } else if (key(name).equals(key(level.slug()))) {
            problem = "is this level's own address; list only addresses the level had before it was renamed";
        } else {
            String owner = taken.putIfAbsent(key(name), "an alias of level " + level.code() + " ("
                    + fileName(level) + ", line " + alias.line() + ")");
            if (owner != null) {
                problem = "is already " + owner + "; an old address can lead to one page only, so remove it from "
                        + "'aliases'";
            }
        }
        if (problem != null) {
            problems.error(level.file(), alias.line(), alias.column(), "alias '" + name + "' " + problem);
        }
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static String fileName(LevelDraft level) {
        return level.file().getFileName().toString();
    }
}
