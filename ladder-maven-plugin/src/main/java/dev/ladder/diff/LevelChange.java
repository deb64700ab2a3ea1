package dev.ladder.diff;

import dev.ladder.words.WordDiff;

import java.util.ArrayList;
import java.util.List;

/**
 * A level found in both versions that changed: its address, its front matter or its wording.
 *
 * @param code     the level's code now
 * @param oldSlug  its file name before, without {@code .md}
 * @param newSlug  its file name now
 * @param aliased  whether the level now lists {@code oldSlug} in its aliases, so the old address still works
 * @param intro    the text before the first competency section
 * @param sections the competency sections whose words changed, in the track's order
 */
public record LevelChange(String code, String title, String oldSlug, String newSlug, boolean aliased,
                          List<FieldChange> fields, WordDiff intro, List<CompetencyDiff> sections) {

    public boolean renamed() {
        return !oldSlug.equals(newSlug);
    }

    public boolean changed() {
        return renamed() || !fields.isEmpty() || intro.changed() || !sections.isEmpty();
    }

    /** "renamed", "title changed", "2 competencies reworded": how the headline sums the level up. */
    List<String> phrases() {
        List<String> phrases = new ArrayList<>();
        if (renamed()) {
            phrases.add("renamed");
        }
        // A renamed level gains the old address as an alias: "renamed" says it all.
        List<String> fieldNames = fields.stream().map(FieldChange::field)
                .filter(field -> !(renamed() && field.equals("aliases")))
                .map(field -> field.equals("level") ? "code" : field).toList();
        if (!fieldNames.isEmpty()) {
            phrases.add(String.join(", ", fieldNames) + " changed");
        }
        if (intro.changed()) {
            phrases.add("introduction reworded");
        }
        if (!sections.isEmpty()) {
            phrases.add(sections.size() + (sections.size() == 1 ? " competency" : " competencies") + " reworded");
        }
        return phrases;
    }
}
