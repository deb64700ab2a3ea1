package dev.ladder.read;

import dev.ladder.load.Document;
import dev.ladder.problem.NearestName;
import dev.ladder.problem.Problems;

import java.util.ArrayList;
import java.util.List;

/**
 * Which level of the base track a specialisation's level builds on: the one its {@code base:} names,
 * or, when it names none and both tracks have as many levels, the one in the same place of the
 * base track's {@code levels}.
 */
final class BaseLevel {

    private BaseLevel() {
    }

    /** @return the base level's code, or {@code ""} when the track extends none or it cannot be told (reported) */
    static String of(TrackOverview track, Document document, Fields fields, String code, Problems found) {
        TrackOverview base = track.base();
        if (fields.has("base") && !track.saysExtends()) {
            found.error(document.file(), fields.line("base"), fields.valueColumn("base"), "'base' names the "
                    + "level this one builds on in the track it extends, but " + track.slug() + "/_index.md has "
                    + "no 'extends'; remove the line, or add 'extends: <track folder>' to the track's _index.md");
            return "";
        }
        if (base == null) {
            return "";
        }
        List<String> codes = new ArrayList<>(base.codes().keySet());
        if (fields.has("base")) {
            String named = fields.text("base");
            if (codes.contains(named)) {
                return named;
            }
            found.error(document.file(), fields.line("base"), fields.valueColumn("base"), "'base' names level '"
                    + named + "', which is not a level of " + base.slug() + NearestName.hint(named, codes)
                    + "; its levels are: " + String.join(", ", codes));
            return "";
        }
        List<String> own = new ArrayList<>(track.codes().keySet());
        if (!own.contains(code)) {
            // The track's 'levels' is unusable, and its own problem says why.
            return "";
        }
        if (own.size() == codes.size()) {
            return codes.get(own.indexOf(code));
        }
        String example = codes.contains(code) ? code : codes.get(Math.min(own.indexOf(code), codes.size() - 1));
        found.error(document.file(), fields.line("level"), fields.valueColumn("level"), "level '" + code
                + "' does not say which level of " + base.slug() + " it builds on: " + track.slug() + " has "
                + own.size() + " levels and " + base.slug() + " has " + codes.size() + ", so they cannot be paired "
                + "in order; add a line such as 'base: " + example + "' below 'level:' (one of "
                + String.join(", ", codes) + ")");
        return "";
    }
}
