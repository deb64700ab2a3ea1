package dev.ladder.read;

import dev.ladder.load.ContentLoader;
import dev.ladder.model.ComparePairs;
import dev.ladder.model.GradePairs;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.Track;
import dev.ladder.problem.Problems;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A page comparing levels of two tracks at one grade is named after the level, the other track and its
 * level ({@link GradePairs#path}), and names may hold hyphens, so two such pages, or one and another page
 * of the track, could share a name and one overwrite the other. Such names are refused (compared without
 * case, as many file systems do).
 */
final class CrossTrackPageNames {

    private CrossTrackPageNames() {
    }

    /** @param compareReach the build's reach ({@link ComparePairs}): the same-track compare pages it makes */
    static void check(Ladder ladder, int compareReach, Problems problems) {
        List<GradePairs.Compared> pairs = GradePairs.of(ladder);
        if (pairs.isEmpty()) {
            return;
        }
        Map<String, String> taken = new HashMap<>();
        for (Track track : ladder.tracks()) {
            ContentLoader.RESERVED_LEVELS.forEach(name -> taken.put(key(track.slug() + "/" + name + ".html"),
                    "a page the site makes itself"));
            List<Level> levels = track.levels();
            for (Level level : levels) {
                taken.put(key(track.slug() + "/" + level.page()), "the page of " + level.code());
                level.aliases().forEach(alias -> taken.put(key(track.slug() + "/" + alias + ".html"),
                        "an old address of " + level.code()));
            }
            for (ComparePairs.Pair pair : ComparePairs.of(levels.size(), compareReach)) {
                Level lower = levels.get(pair.lower());
                Level higher = levels.get(pair.higher());
                taken.put(key(track.slug() + "/" + lower.comparePage(higher)), "the page comparing "
                        + lower.code() + " with " + higher.code());
            }
        }
        for (GradePairs.Compared pair : pairs) {
            String what = "the page comparing " + name(pair.first()) + " with " + name(pair.second());
            String earlier = taken.putIfAbsent(key(pair.path()), what);
            if (earlier != null) {
                problems.error(pair.second().level().file(), 0, what + " would be " + pair.path() + ", which is "
                        + earlier + " already; rename " + pair.second().level().file().getFileName() + " or the "
                        + pair.second().track().slug() + "/ folder so that the names differ");
            }
        }
    }

    private static String name(GradePairs.Placed placed) {
        return placed.level().code() + " of " + placed.track().title();
    }

    private static String key(String path) {
        return path.toLowerCase(Locale.ROOT);
    }
}
