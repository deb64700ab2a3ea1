package dev.ladder.read;

import dev.ladder.load.ContentFiles;
import dev.ladder.markdown.Markdown;
import dev.ladder.model.Competency;
import dev.ladder.problem.NearestName;
import dev.ladder.problem.Problems;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The phase after the track overviews: each specialisation's {@code extends} resolved to the track it
 * builds on, and its {@code omit} and {@code competencies} checked against that track's competencies.
 * A specialisation may extend another specialisation, as long as the chain ends in a track that extends
 * none. A track whose {@code extends} cannot be followed (a missing track, itself, a circle, or a base
 * that is itself unusable) makes no pages: inheriting from nothing would blame every level for sections
 * it means to inherit.
 */
final class TrackExtensions {

    private final Map<String, TrackOverview> bySlug = new LinkedHashMap<>();
    private final List<String> folders;
    private final Problems problems;
    private final Map<String, TrackOverview> resolved = new HashMap<>();
    private final Set<String> unusable = new HashSet<>();

    private TrackExtensions(List<TrackOverview> overviews, List<String> folders, Problems problems) {
        overviews.stream().filter(track -> track != null).forEach(track -> bySlug.put(track.slug(), track));
        this.folders = folders;
        this.problems = problems;
    }

    /**
     * @param overviews the tracks' overviews in folder order, {@code null} for one that is unreadable
     * @return the same list with each specialisation extending its base, {@code null} where a track cannot
     *         be read or its {@code extends} cannot be followed
     */
    static List<TrackOverview> resolve(List<TrackOverview> overviews, List<ContentFiles.TrackFiles> folders,
                                       Problems problems) {
        TrackExtensions extensions = new TrackExtensions(overviews, folders.stream()
                .map(ContentFiles.TrackFiles::slug).toList(), problems);
        extensions.bySlug.values().forEach(extensions::checkOmitWithoutExtends);
        List<TrackOverview> result = new ArrayList<>();
        for (TrackOverview track : overviews) {
            result.add(track == null ? null : extensions.resolved(track, new ArrayList<>()));
        }
        return result;
    }

    /** The track with its base, or {@code null}; {@code path} holds the tracks that lead here. */
    private TrackOverview resolved(TrackOverview track, List<String> path) {
        String slug = track.slug();
        if (resolved.containsKey(slug) || unusable.contains(slug)) {
            return resolved.get(slug);
        }
        if (!track.saysExtends()) {
            resolved.put(slug, track);
            return track;
        }
        if (!track.fields().has("extends")) {
            // An empty or unreadable 'extends', reported by the schema.
            unusable.add(slug);
            return null;
        }
        int inPath = path.indexOf(slug);
        if (inPath >= 0) {
            reportCircle(path.subList(inPath, path.size()));
            unusable.add(slug);
            return null;
        }
        String named = track.fields().text("extends");
        Fields fields = track.fields();
        if (named.equals(slug)) {
            problems.error(track.document().file(), fields.line("extends"), fields.valueColumn("extends"),
                    "a track cannot extend itself: 'extends' names the track this one specialises, such as "
                            + example(slug) + "; remove the line if the track stands on its own");
            unusable.add(slug);
            return null;
        }
        TrackOverview base = bySlug.get(named);
        if (base == null) {
            if (!folders.contains(named)) {
                List<String> others = folders.stream().filter(folder -> !folder.equals(slug)).toList();
                problems.error(track.document().file(), fields.line("extends"), fields.valueColumn("extends"),
                        "'extends' names the track '" + named + "', but there is no track folder of that name"
                                + NearestName.hint(named, others) + "; the tracks are: " + String.join(", ", others));
            }
            // A track folder whose _index.md has problems has them reported there.
            unusable.add(slug);
            return null;
        }
        path.add(slug);
        TrackOverview resolvedBase = resolved(base, path);
        path.remove(path.size() - 1);
        if (resolvedBase == null || unusable.contains(slug)) {
            unusable.add(slug);
            resolved.remove(slug);
            return null;
        }
        checkCompetencies(track, resolvedBase);
        TrackOverview extending = track.extending(resolvedBase);
        resolved.put(slug, extending);
        return extending;
    }

    /**
     * Reported once, at the {@code extends} of the circle's first track in folder order, naming every
     * track of it in the order they extend each other.
     */
    private void reportCircle(List<String> circle) {
        int first = 0;
        for (int i = 1; i < circle.size(); i++) {
            if (folders.indexOf(circle.get(i)) < folders.indexOf(circle.get(first))) {
                first = i;
            }
        }
        List<String> order = new ArrayList<>(circle.subList(first, circle.size()));
        order.addAll(circle.subList(0, first));
        order.add(order.get(0));
        order.subList(0, order.size() - 1).forEach(unusable::add);
        TrackOverview start = bySlug.get(order.get(0));
        problems.error(start.document().file(), start.fields().line("extends"), start.fields().valueColumn("extends"),
                "these tracks extend each other in a circle: " + String.join(" extends ", order)
                        + "; a chain of specialisations must end in a track that extends none, so remove "
                        + "'extends' from one of them");
    }

    /** {@code omit} and {@code competencies} against the competencies of the base track. */
    private void checkCompetencies(TrackOverview track, TrackOverview base) {
        Map<String, Competency> inherited = new LinkedHashMap<>();
        base.competencies().forEach(competency -> inherited.put(competency.slug(), competency));
        Set<String> own = new HashSet<>(track.competencies().stream().map(Competency::slug).toList());
        List<String> names = base.competencies().stream().map(Competency::name).toList();
        Set<String> omitted = new HashSet<>();
        for (ListItem item : track.fields().list("omit")) {
            String slug = Markdown.slug(item.value());
            if (!inherited.containsKey(slug)) {
                problems.error(track.document().file(), item.line(), item.column(), "'omit' names '" + item.value()
                        + "', which is not a competency of " + base.slug() + NearestName.hint(item.value(), names)
                        + "; its competencies are: " + String.join(", ", names));
            } else if (own.contains(slug)) {
                problems.error(track.document().file(), item.line(), item.column(), "'" + item.value()
                        + "' is both listed in 'competencies' and named in 'omit'; keep it in one of them");
            } else {
                omitted.add(slug);
            }
        }
        if (!track.fields().has("competencies")) {
            return;
        }
        for (Competency competency : base.competencies()) {
            if (!own.contains(competency.slug()) && !omitted.contains(competency.slug())) {
                problems.error(track.document().file(), track.fields().line("competencies"), 1, "competency '"
                        + competency.name() + "' of " + base.slug() + " is missing from 'competencies': list it "
                        + "to inherit it, or name it in 'omit' to leave it out of this track");
            }
        }
    }

    private void checkOmitWithoutExtends(TrackOverview track) {
        Fields fields = track.fields();
        if (fields.has("omit") && !track.saysExtends()) {
            problems.error(track.document().file(), fields.line("omit"), fields.valueColumn("omit"), "'omit' leaves "
                    + "out competencies of the track this one extends, but this track has no 'extends'; add "
                    + "'extends: <track folder>' or remove 'omit'");
        }
    }

    private String example(String slug) {
        return folders.stream().filter(folder -> !folder.equals(slug)).findFirst()
                .map(folder -> "'extends: " + folder + "'").orElse("'extends: <track folder>'");
    }
}
