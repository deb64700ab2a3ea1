package dev.ladder.diff;

import dev.ladder.model.Level;
import dev.ladder.words.WordDiff;

import java.util.ArrayList;
import java.util.List;

/**
 * What the diff report says, in order: the one model that {@code diff.md} ({@link DiffMarkdown}) and
 * {@code diff.html} (the theme's {@code diff.ftlh}) are both made from.
 *
 * @param tracks the tracks that changed
 * @param home   the home page's changes, or {@code null} when it did not change
 */
public record DiffReport(String headline, LadderVersion base, LadderVersion head, List<TrackReport> tracks,
                         HomeReport home) {

    /** A text that was reworded, under its title; only changed ones are reported. */
    public record Words(String title, WordDiff diff) {
    }

    /**
     * A track that changed.
     *
     * @param levelNames for a track added or removed: its levels, "P1 Junior"
     * @param summary    for a changed track: what changed, one group of lines per kind of change, in the
     *                   report's order (levels added, removed, renamed, reordered; competencies added,
     *                   removed, renamed, reordered; fields)
     */
    public record TrackReport(String title, boolean added, boolean removed, List<String> levelNames,
                              List<List<Sentence>> summary, WordDiff overview, List<LevelReport> levels) {
    }

    /** A level that changed, with its fields and its reworded texts (introduction first). */
    public record LevelReport(String code, String title, List<Sentence> fields, List<Words> words) {
    }

    public record HomeReport(List<Sentence> fields, WordDiff intro) {
    }

    public static DiffReport of(LadderDiff diff, LadderVersion base, LadderVersion head) {
        return new DiffReport(diff.headline(), base, head, diff.tracks().stream().map(DiffReport::track).toList(),
                diff.homeChanged() ? new HomeReport(fields(diff.homeFields()), diff.homeIntro()) : null);
    }

    private static TrackReport track(TrackChange track) {
        if (track.added() || track.removed()) {
            List<Level> levels = track.added() ? track.levelsAdded() : track.levelsRemoved();
            return new TrackReport(track.title(), track.added(), track.removed(),
                    levels.stream().map(level -> level.code() + " " + level.title()).toList(), List.of(),
                    WordDiff.none(), List.of());
        }
        List<List<Sentence>> summary = List.of(
                track.levelsAdded().stream().map(level -> Sentence.of("Added level ").strong(name(level)).build())
                        .toList(),
                track.levelsRemoved().stream().map(level -> Sentence.of("Removed level ").strong(name(level))
                        .build()).toList(),
                track.levels().stream().filter(LevelChange::renamed).map(DiffReport::renamed).toList(),
                order("Levels reordered: ", track.levelOrder()),
                track.competenciesAdded().stream().map(name -> Sentence.of("Added competency ").strong(name)
                        .build()).toList(),
                track.competenciesRemoved().stream().map(name -> Sentence.of("Removed competency ").strong(name)
                        .build()).toList(),
                track.competenciesRenamed().stream().map(rename -> Sentence.of("Renamed competency ")
                        .strong(rename.before()).fixed(" to ").strong(rename.after()).build()).toList(),
                order("Competencies reordered: ", track.competencyOrder()),
                fields(track.fields()));
        List<LevelReport> levels = new ArrayList<>();
        for (LevelChange level : track.levels()) {
            if (level.fields().isEmpty() && !level.intro().changed() && level.sections().isEmpty()) {
                continue;
            }
            List<Words> words = new ArrayList<>();
            words.add(new Words("Introduction", level.intro()));
            level.sections().forEach(section -> words.add(new Words(section.competency(), section.diff())));
            levels.add(new LevelReport(level.code(), level.title(), fields(level.fields()),
                    words.stream().filter(text -> text.diff().changed()).toList()));
        }
        return new TrackReport(track.title(), false, false, List.of(), summary, track.overview(), List.copyOf(levels));
    }

    private static Sentence renamed(LevelChange level) {
        Sentence.Builder sentence = Sentence.of("Renamed level ").strong(level.code() + " " + level.title())
                .fixed(": ").code(level.oldSlug() + ".html").fixed(" is now ").code(level.newSlug() + ".html")
                .fixed("; ");
        return (level.aliased() ? sentence.fixed("the old address leads to the new one")
                : sentence.fixed("the old address no longer works (add ").code("aliases: [" + level.oldSlug() + "]")
                .fixed(" to the level's front matter to keep it)")).build();
    }

    private static List<Sentence> order(String what, Rename order) {
        return order == null ? List.of()
                : List.of(Sentence.of(what).value(order.before()).arrow().value(order.after()).build());
    }

    private static List<Sentence> fields(List<FieldChange> fields) {
        return fields.stream().map(Sentence::field).toList();
    }

    private static String name(Level level) {
        return level.code() + " " + level.title();
    }
}
