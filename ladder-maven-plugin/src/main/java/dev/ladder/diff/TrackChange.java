package dev.ladder.diff;

import dev.ladder.model.Level;
import dev.ladder.words.WordDiff;

import java.util.List;

/**
 * How one track differs between the two versions.
 *
 * @param title              the track's title now (before, for a removed track)
 * @param levelsAdded        levels only in the newer version, in ladder order
 * @param levelsRemoved      levels only in the older version, in its ladder order
 * @param levels             levels in both versions that changed, in ladder order
 * @param levelOrder         the codes of the levels found in both versions, in the old order and in the
 *                           new, or {@code null} when their order is unchanged
 * @param competencyOrder    the same for the competencies, by name, or {@code null}
 */
public record TrackChange(String slug, String title, Status status, List<FieldChange> fields, WordDiff overview,
                          List<Level> levelsAdded, List<Level> levelsRemoved, List<LevelChange> levels,
                          Rename levelOrder, List<String> competenciesAdded, List<String> competenciesRemoved,
                          List<Rename> competenciesRenamed, Rename competencyOrder) {

    public enum Status { ADDED, REMOVED, CHANGED }

    static TrackChange whole(String slug, String title, Status status, List<Level> levels) {
        return new TrackChange(slug, title, status, List.of(), WordDiff.none(),
                status == Status.ADDED ? levels : List.of(), status == Status.REMOVED ? levels : List.of(),
                List.of(), null, List.of(), List.of(), List.of(), null);
    }

    public boolean changed() {
        return status != Status.CHANGED || !fields.isEmpty() || overview.changed() || !levelsAdded.isEmpty()
                || !levelsRemoved.isEmpty() || !levels.isEmpty() || levelOrder != null
                || !competenciesAdded.isEmpty() || !competenciesRemoved.isEmpty()
                || !competenciesRenamed.isEmpty() || competencyOrder != null;
    }

    public boolean added() {
        return status == Status.ADDED;
    }

    public boolean removed() {
        return status == Status.REMOVED;
    }
}
