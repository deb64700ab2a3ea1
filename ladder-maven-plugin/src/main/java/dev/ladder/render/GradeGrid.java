package dev.ladder.render;

import dev.ladder.model.Grade;
import dev.ladder.model.GradePairs;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.Track;

import java.util.ArrayList;
import java.util.List;

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
        List<Row> rows = new ArrayList<>();
        for (Grade grade : ladder.home().grades()) {
            List<GradePairs.Placed> at = GradePairs.at(tracks, grade);
            rows.add(new Row(grade, tracks.stream()
                    .map(track -> at.stream().filter(placed -> placed.track() == track)
                            .map(GradePairs.Placed::level).toList())
                    .toList()));
        }
        return new GradeGrid(tracks, List.copyOf(rows));
    }
}
