package dev.ladder.diff;

import dev.ladder.model.Competency;
import dev.ladder.model.Level;
import dev.ladder.model.Track;
import dev.ladder.words.BulletDiff;
import dev.ladder.words.WordDiff;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Compares the two versions of one track: its fields, its levels and its competencies. */
final class TrackDiffer {

    /** Sections at least this alike tell that a competency was renamed rather than replaced. */
    private static final double RENAME_SIMILARITY = 0.5;

    private final Track base;
    private final Track head;
    /** Newer level to older level, in the newer ladder order. */
    private final Map<Level, Level> levels;
    /** Newer competency to older competency, in the newer order. */
    private final Map<Competency, Competency> competencies;

    private TrackDiffer(Track base, Track head) {
        this.base = base;
        this.head = head;
        this.levels = LevelMatcher.match(base.levels(), head.levels());
        this.competencies = matchCompetencies();
    }

    static TrackChange compare(Track base, Track head) {
        return new TrackDiffer(base, head).change();
    }

    private TrackChange change() {
        List<FieldChange> fields = new ArrayList<>();
        FieldComparison.compare("title", base.title(), head.title(), fields);
        FieldComparison.compare("family", base.family(), head.family(), fields);
        FieldComparison.compare("summary", base.summary(), head.summary(), fields);
        List<Level> added = head.levels().stream().filter(level -> !levels.containsKey(level)).toList();
        List<Level> removed = base.levels().stream().filter(level -> !levels.containsValue(level)).toList();
        List<LevelChange> changed = new ArrayList<>();
        levels.forEach((now, before) -> {
            LevelChange change = level(before, now);
            if (change.changed()) {
                changed.add(change);
            }
        });
        List<String> competenciesAdded = head.competencies().stream()
                .filter(competency -> !competencies.containsKey(competency)).map(Competency::name).toList();
        List<String> competenciesRemoved = base.competencies().stream()
                .filter(competency -> !competencies.containsValue(competency)).map(Competency::name).toList();
        List<Rename> renamed = new ArrayList<>();
        competencies.forEach((now, before) -> {
            if (!now.slug().equals(before.slug())) {
                renamed.add(new Rename(before.name(), now.name()));
            }
        });
        return new TrackChange(head.slug(), head.title(), TrackChange.Status.CHANGED, List.copyOf(fields),
                WordDiff.between(base.overviewHtml(), head.overviewHtml()), added, removed, List.copyOf(changed),
                order(base.levels(), head.levels(), levels, Level::code),
                competenciesAdded, competenciesRemoved, List.copyOf(renamed),
                order(base.competencies(), head.competencies(), competencies, Competency::name));
    }

    private LevelChange level(Level before, Level now) {
        List<FieldChange> fields = new ArrayList<>();
        FieldComparison.compare("level", before.code(), now.code(), fields);
        FieldComparison.compare("title", before.title(), now.title(), fields);
        FieldComparison.compare("summary", before.summary(), now.summary(), fields);
        FieldComparison.compare("aliases", String.join(", ", before.aliases()), String.join(", ", now.aliases()),
                fields);
        List<CompetencyDiff> sections = new ArrayList<>();
        competencies.forEach((competency, old) -> {
            // Bullet by bullet, so a moved bullet is no change and a reworded one shows on its own line.
            WordDiff diff = BulletDiff.between(section(before, base, old), section(now, head, competency));
            if (diff.changed()) {
                sections.add(new CompetencyDiff(competency.name(), diff));
            }
        });
        boolean aliased = now.aliases().stream().anyMatch(alias -> alias.equalsIgnoreCase(before.slug()));
        return new LevelChange(now.code(), now.title(), before.slug(), now.slug(), aliased, List.copyOf(fields),
                WordDiff.between(before.introHtml(), now.introHtml()), List.copyOf(sections));
    }

    /** Competencies keep their name, or were renamed when their sections read alike at every level. */
    private Map<Competency, Competency> matchCompetencies() {
        Map<String, Competency> bySlug = new LinkedHashMap<>();
        base.competencies().forEach(competency -> bySlug.put(competency.slug(), competency));
        Map<Competency, Competency> matched = new IdentityHashMap<>();
        List<Competency> unmatched = new ArrayList<>();
        for (Competency competency : head.competencies()) {
            Competency old = bySlug.remove(competency.slug());
            if (old != null) {
                matched.put(competency, old);
            } else {
                unmatched.add(competency);
            }
        }
        for (Competency old : bySlug.values()) {
            Competency best = null;
            double bestScore = RENAME_SIMILARITY;
            for (Competency candidate : unmatched) {
                double score = similarity(old, candidate);
                if (score >= bestScore && (best == null || score > bestScore)) {
                    best = candidate;
                    bestScore = score;
                }
            }
            if (best != null) {
                unmatched.remove(best);
                matched.put(best, old);
            }
        }
        Map<Competency, Competency> ordered = new LinkedHashMap<>();
        head.competencies().stream().filter(matched::containsKey).forEach(c -> ordered.put(c, matched.get(c)));
        return ordered;
    }

    private double similarity(Competency old, Competency now) {
        if (levels.isEmpty()) {
            return 0;
        }
        double total = 0;
        for (Map.Entry<Level, Level> pair : levels.entrySet()) {
            total += WordDiff.similarity(section(pair.getValue(), base, old), section(pair.getKey(), head, now));
        }
        return total / levels.size();
    }

    private static String section(Level level, Track track, Competency competency) {
        return level.sections().get(track.competencies().indexOf(competency)).html();
    }

    /** The old and new order of what is in both versions, named as now; {@code null} when it is the same. */
    private static <T> Rename order(List<T> before, List<T> after, Map<T, T> matched, Function<T, String> name) {
        Map<T, T> byOld = new IdentityHashMap<>();
        matched.forEach((now, old) -> byOld.put(old, now));
        List<T> oldOrder = before.stream().filter(byOld::containsKey).map(byOld::get).toList();
        List<T> newOrder = after.stream().filter(matched::containsKey).toList();
        if (oldOrder.equals(newOrder)) {
            return null;
        }
        return new Rename(String.join(", ", oldOrder.stream().map(name).toList()),
                String.join(", ", newOrder.stream().map(name).toList()));
    }
}
