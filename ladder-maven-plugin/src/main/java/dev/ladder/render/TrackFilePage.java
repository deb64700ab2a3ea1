package dev.ladder.render;

import dev.ladder.model.Ladder;
import dev.ladder.model.Track;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A page every track has once, made from the track alone: its overview, its matrix and its booklet.
 *
 * @param file     the page's file name in the track's folder
 * @param template the theme template that renders it
 */
public record TrackFilePage(String file, String template) implements PageType {

    /** {@code <track>/index.html}: the overview and the ladder of a track. */
    public static final TrackFilePage OVERVIEW = new TrackFilePage("index.html", "track.ftlh");
    /** {@code <track>/matrix.html}: every competency against every level of a track. */
    public static final TrackFilePage MATRIX = new TrackFilePage("matrix.html", "matrix.ftlh");
    /** {@code <track>/print.html}: the whole track in one document, so one print command gives the whole ladder. */
    public static final TrackFilePage BOOKLET = new TrackFilePage("print.html", "print.ftlh");

    @Override
    public List<Page> pages(Ladder ladder) {
        return ladder.tracks().stream()
                .map(track -> new Page(track.slug() + "/" + file, template, track.file(), this.equals(OVERVIEW)
                        ? Map.of("track", track, "steps", steps(track, ladder.home().cumulative()))
                        : Map.of("track", track)))
                .toList();
    }

    /** Each level beside the one below it: the overview's "What's new at each level". */
    private static List<LevelComparison> steps(Track track, boolean cumulative) {
        return IntStream.range(1, track.levels().size())
                .mapToObj(i -> LevelComparison.of(track, i - 1, i, cumulative))
                .toList();
    }
}
