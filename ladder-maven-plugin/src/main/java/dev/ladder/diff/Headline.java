package dev.ladder.diff;

import dev.ladder.model.Level;
import dev.ladder.words.WordDiff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one line that sums a ladder change up, for a pull request's title or a bot's first line:
 * "P3, P4: 2 competencies reworded; P6 added". Levels with the same changes share one part.
 */
final class Headline {

    static final String NO_CHANGES = "No changes to the ladder";

    private Headline() {
    }

    static String of(LadderDiff diff) {
        if (!diff.changed()) {
            return NO_CHANGES;
        }
        List<String> parts = new ArrayList<>();
        for (TrackChange track : diff.tracks()) {
            parts.addAll(track(track, diff.severalTracks() ? track.title() + " " : ""));
        }
        if (diff.homeChanged()) {
            parts.add("home page: " + String.join(", ", textPhrases(diff.homeFields(), diff.homeIntro(),
                    "introduction")));
        }
        return String.join("; ", parts);
    }

    private static List<String> track(TrackChange track, String qualifier) {
        if (track.added() || track.removed()) {
            return List.of("track '" + track.title() + "' " + (track.added() ? "added" : "removed"));
        }
        List<String> parts = new ArrayList<>();
        Map<List<String>, List<String>> groups = new LinkedHashMap<>();
        for (LevelChange level : track.levels()) {
            groups.computeIfAbsent(level.phrases(), phrases -> new ArrayList<>()).add(level.code());
        }
        groups.forEach((phrases, codes) -> parts.add(qualifier + String.join(", ", codes) + ": "
                + String.join(", ", phrases)));
        if (!track.levelsAdded().isEmpty()) {
            parts.add(qualifier + codes(track.levelsAdded()) + " added");
        }
        if (!track.levelsRemoved().isEmpty()) {
            parts.add(qualifier + codes(track.levelsRemoved()) + " removed");
        }
        if (track.levelOrder() != null) {
            parts.add(qualifier + "levels reordered");
        }
        if (!track.competenciesAdded().isEmpty()) {
            parts.add(qualifier + competencies(track.competenciesAdded()) + " added");
        }
        if (!track.competenciesRemoved().isEmpty()) {
            parts.add(qualifier + competencies(track.competenciesRemoved()) + " removed");
        }
        for (Rename rename : track.competenciesRenamed()) {
            parts.add(qualifier + "competency '" + rename.before() + "' renamed to '" + rename.after() + "'");
        }
        if (track.competencyOrder() != null) {
            parts.add(qualifier + "competencies reordered");
        }
        List<String> own = textPhrases(track.fields(), track.overview(), "overview");
        if (!own.isEmpty()) {
            parts.add(track.title() + ": " + String.join(", ", own));
        }
        return parts;
    }

    private static List<String> textPhrases(List<FieldChange> fields, WordDiff text, String textName) {
        List<String> phrases = new ArrayList<>();
        if (!fields.isEmpty()) {
            phrases.add(String.join(", ", fields.stream().map(FieldChange::field).toList()) + " changed");
        }
        if (text.changed()) {
            phrases.add(textName + " reworded");
        }
        return phrases;
    }

    private static String codes(List<Level> levels) {
        return String.join(", ", levels.stream().map(Level::code).toList());
    }

    private static String competencies(List<String> names) {
        return (names.size() == 1 ? "competency '" : "competencies '") + String.join("', '", names) + "'";
    }
}
