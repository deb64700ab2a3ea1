package dev.ladder.render;

import dev.ladder.model.Grade;
import dev.ladder.model.GradePairs;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.Track;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The job architecture as the home page shows it: a row per grade, lowest first as on a track's own
 * ladder, a column per track that has graded levels, each cell the track's levels at that grade.
 */
public record GradeGrid(List<Track> tracks, List<Row> rows) {

    /** One grade and, for each of the grid's tracks in order, its levels at that grade (possibly none). */
    public record Row(Grade grade, List<List<Level>> cells) {
    }

    /** The grid of a ladder that declares grades. */
    public static GradeGrid of(Ladder ladder) {
        List<Track> tracks = ladder.tracks().stream()
                .filter(track -> track.levels().stream().anyMatch(level -> level.grade() != null))
                .toList();
        Map<Track, Integer> column = new IdentityHashMap<>();
        tracks.forEach(track -> column.put(track, column.size()));
        List<Row> rows = new ArrayList<>();
        GradePairs.byGrade(ladder).forEach((grade, levels) -> {
            List<List<Level>> cells = new ArrayList<>();
            tracks.forEach(track -> cells.add(new ArrayList<>()));
            levels.forEach(placed -> cells.get(column.get(placed.track())).add(placed.level()));
            rows.add(new Row(grade, cells.stream().map(List::copyOf).toList()));
        });
        return new GradeGrid(tracks, List.copyOf(rows));
    }
}
