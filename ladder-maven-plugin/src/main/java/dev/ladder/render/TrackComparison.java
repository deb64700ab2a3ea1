package dev.ladder.render;

import dev.ladder.markdown.RelocatedHtml;
import dev.ladder.model.Competency;
import dev.ladder.model.GradePairs;
import dev.ladder.model.Level;
import dev.ladder.model.Section;
import dev.ladder.model.Track;
import dev.ladder.words.BulletAlignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Two levels at one grade in different tracks, competency by competency: the competencies both tracks
 * have (matched by name, in the first track's order), each with what only one level says, what both say
 * in other words and what both say alike; then each track's own competencies. Like
 * {@link LevelComparison}, worked out when {@link #sections()} is called, not when the site is planned.
 */
public record TrackComparison(GradePairs.Compared pair) {

    public Track firstTrack() {
        return pair.first().track();
    }

    public Level first() {
        return pair.first().level();
    }

    public Track secondTrack() {
        return pair.second().track();
    }

    public Level second() {
        return pair.second().level();
    }

    /** The page's site path. */
    public String path() {
        return pair.path();
    }

    /**
     * The shared competencies compared, in the first track's order: "added" holds what only the second level
     * says, "left" what only the first says. Computed anew on each call: a template should call it once.
     */
    public List<SectionComparison> sections() {
        Map<String, Section> second = bySlug(relocated(second()));
        List<SectionComparison> sections = new ArrayList<>();
        for (Section section : first().sections()) {
            Section other = second.get(section.competency().slug());
            if (other == null) {
                continue;
            }
            BulletAlignment alignment = BulletAlignment.between(section.html(), other.html());
            sections.add(new SectionComparison(section.competency(), section, other,
                    alignment.addedBullets().stream().map(bullet -> new SectionComparison.Added(bullet, second()))
                            .toList(),
                    alignment.changedPairs().stream().map(BulletAlignment.Pair::diff).toList(),
                    alignment.samePairs().stream().map(pair -> alignment.higher().get(pair.higher())).toList(),
                    alignment.leftBullets()));
        }
        return List.copyOf(sections);
    }

    /** The first level's sections for competencies the second track does not have. */
    public List<Section> onlyFirst() {
        return only(first(), second());
    }

    /** The second level's sections for competencies the first track does not have. */
    public List<Section> onlySecond() {
        return only(relocated(second()), first());
    }

    /**
     * The second level with its sections' links leading from the page's folder, the first track's, to
     * where they lead from its own.
     */
    private Level relocated(Level level) {
        String toFolder = "../" + secondTrack().slug() + "/";
        return level.withSections(level.sections().stream()
                .map(section -> new Section(section.competency(), RelocatedHtml.of(section.html(), toFolder,
                        level.page()), section.text(), section.line(), section.shared()))
                .toList());
    }

    private static List<Section> only(Level level, Level other) {
        Map<String, Section> others = bySlug(other);
        return level.sections().stream().filter(section -> !others.containsKey(section.competency().slug()))
                .toList();
    }

    private static Map<String, Section> bySlug(Level level) {
        return level.sections().stream().collect(Collectors.toMap(section -> section.competency().slug(),
                Function.identity()));
    }

    /** The competencies both tracks have, in the first track's order. */
    public List<Competency> shared() {
        Map<String, Section> second = bySlug(second());
        return first().sections().stream().map(Section::competency)
                .filter(competency -> second.containsKey(competency.slug())).toList();
    }
}
