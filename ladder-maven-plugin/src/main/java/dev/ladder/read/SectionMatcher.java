package dev.ladder.read;

import dev.ladder.load.Document;
import dev.ladder.markdown.HeadingSection;
import dev.ladder.markdown.Markdown;
import dev.ladder.markdown.MarkdownBody;
import dev.ladder.markdown.OtherHeading;
import dev.ladder.model.Competency;
import dev.ladder.problem.NearestName;
import dev.ladder.problem.Problems;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Pairs the {@code ##} sections of a level file with its track's competencies: each competency
 * exactly once, in any order. Headings match by anchor, so case and punctuation may differ. A level of
 * a specialisation may leave out the competencies its track inherits from the base track.
 */
final class SectionMatcher {

    private SectionMatcher() {
    }

    static Map<Competency, HeadingSection> match(Document level, MarkdownBody body, TrackOverview track,
                                                 Problems problems) {
        List<Competency> competencies = track.competencies();
        List<HeadingSection> sections = body.sections();
        if (competencies.isEmpty()) {
            // The track's 'competencies' field is missing or wrong, and its own error says so; matching
            // against no competencies would blame every section of every level as well.
            return Map.of();
        }
        Map<String, Competency> bySlug = new LinkedHashMap<>();
        competencies.forEach(competency -> bySlug.put(competency.slug(), competency));
        List<String> names = competencies.stream().map(Competency::name).toList();
        Map<Competency, HeadingSection> matched = new LinkedHashMap<>();
        Set<String> suggested = new HashSet<>();
        for (HeadingSection section : sections) {
            String tooLong = NameLength.problem("section heading", section.title());
            if (tooLong != null) {
                problems.error(level.file(), section.line(), section.column(), tooLong);
                continue;
            }
            Competency competency = bySlug.get(Markdown.slug(section.title()));
            if (competency == null) {
                Optional<String> nearest = NearestName.among(section.title(), names);
                nearest.ifPresent(suggested::add);
                problems.error(level.file(), section.line(), section.column(), "section '## " + section.title()
                        + "' is not a competency of this track"
                        + nearest.map(name -> " (did you mean '" + name + "'?)").orElse("")
                        + "; the competencies are: " + String.join(", ", names));
                continue;
            }
            HeadingSection earlier = matched.putIfAbsent(competency, section);
            if (earlier != null) {
                problems.error(level.file(), section.line(), section.column(), "section '## " + competency.name()
                        + "' is given twice (first at line " + earlier.line() + "); merge them into one");
                continue;
            }
            if (section.content().getFirstChild() == null) {
                problems.warning(level.file(), section.line(), section.column(),
                        "section '## " + competency.name() + "' is empty; describe what this level "
                                + "expects for " + competency.name());
            }
        }
        for (Competency competency : competencies) {
            // A misspelt heading already got "did you mean"; saying the section is missing too would be noise.
            if (matched.containsKey(competency) || suggested.contains(competency.name())
                    || track.inherits(competency)) {
                continue;
            }
            Optional<OtherHeading> atWrongDepth = body.others().stream()
                    .filter(heading -> Markdown.slug(heading.title()).equals(competency.slug())).findFirst();
            if (atWrongDepth.isPresent()) {
                OtherHeading heading = atWrongDepth.get();
                problems.error(level.file(), heading.line(), heading.column(), "heading '"
                        + "#".repeat(heading.depth()) + " " + heading.title() + "' is written with " + heading.depth()
                        + " '#', but a competency's section starts with exactly 2: write '## " + competency.name() + "'");
            } else if (track.base() != null) {
                problems.error(level.file(), lastLine(level), 0, "missing section '## " + competency.name()
                        + "': " + track.base().slug() + ", the track this one extends, has no such competency "
                        + "to inherit, so every level of " + track.slug() + " describes it");
            } else {
                problems.error(level.file(), lastLine(level), 0, "missing section '## " + competency.name()
                        + "': every level describes each competency listed in its track's _index.md");
            }
        }
        return matched;
    }

    /** A missing section is reported where it would be added: at the end of the file. */
    private static int lastLine(Document level) {
        String text = level.source().text().stripTrailing();
        return (int) text.chars().filter(c -> c == '\n').count() + 1;
    }
}
