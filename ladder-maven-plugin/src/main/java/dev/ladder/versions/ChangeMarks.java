package dev.ladder.versions;

import dev.ladder.diff.LadderDiff;
import dev.ladder.diff.LevelChange;
import dev.ladder.diff.TrackChange;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.Track;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The competencies of the current version's levels that changed since the previous version, as the
 * template {@code changedSince}: reworded sections, and competencies added or renamed.
 *
 * @param since   the previous version's name, such as {@code 1.0}
 * @param byLevel competency slugs by {@code track/level} slug
 */
public record ChangeMarks(String since, SortedMap<String, List<String>> byLevel) {

    public ChangeMarks {
        TreeMap<String, List<String>> copy = new TreeMap<>();
        byLevel.forEach((level, slugs) -> copy.put(level, List.copyOf(slugs)));
        byLevel = copy;
    }

    /** The marks for {@code current}'s levels from the comparison with the version before it. */
    static ChangeMarks of(LadderDiff diff, Ladder current, String since) {
        Map<String, Set<String>> byLevel = new TreeMap<>();
        for (TrackChange change : diff.tracks()) {
            Optional<Track> track = current.tracks().stream().filter(t -> t.slug().equals(change.slug())).findFirst();
            if (track.isEmpty() || change.added()) {
                continue;
            }
            Map<String, String> slugs = new HashMap<>();
            track.get().competencies().forEach(competency -> slugs.put(competency.name(), competency.slug()));
            List<String> whole = new ArrayList<>(change.competenciesAdded());
            change.competenciesRenamed().forEach(rename -> whole.add(rename.after()));
            for (Level level : track.get().levels()) {
                whole.stream().map(slugs::get).filter(Objects::nonNull).forEach(slug -> byLevel
                        .computeIfAbsent(track.get().slug() + "/" + level.slug(), key -> new TreeSet<>()).add(slug));
            }
            for (LevelChange level : change.levels()) {
                level.sections().stream().map(section -> slugs.get(section.competency())).filter(Objects::nonNull)
                        .forEach(slug -> byLevel.computeIfAbsent(track.get().slug() + "/" + level.newSlug(),
                                key -> new TreeSet<>()).add(slug));
            }
        }
        SortedMap<String, List<String>> lists = new TreeMap<>();
        byLevel.forEach((level, slugs) -> lists.put(level, List.copyOf(slugs)));
        return new ChangeMarks(since, lists);
    }

    /** The slugs of the level's competencies that changed, in no particular order. */
    public List<String> competencies(String track, String level) {
        return byLevel.getOrDefault(track + "/" + level, List.of());
    }
}
