package dev.ladder.read;

import dev.ladder.markdown.RelocatedHtml;
import dev.ladder.model.Competency;
import dev.ladder.model.Level;
import dev.ladder.model.Section;
import dev.ladder.model.SharedSection;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The phase of reading that completes a specialisation's levels: each takes, for every competency its
 * file does not write, the section of the level it builds on, as that level shows it (so along a chain
 * of specialisations the text comes from the level that writes it). Base tracks are completed before the
 * tracks that extend them. A shared section's links are rewritten to keep pointing where its author
 * meant them to ({@link RelocatedHtml}).
 */
final class SectionInheritance {

    private final Map<String, TrackLevels> tracks = new HashMap<>();
    private final Map<LevelDraft, Level> model;
    private final Set<String> done = new HashSet<>();

    private SectionInheritance(List<TrackLevels> tracks, Map<LevelDraft, Level> model) {
        tracks.forEach(track -> this.tracks.put(track.track().slug(), track));
        this.model = model;
    }

    /**
     * Replaces in {@code model} each level of a specialisation with the level and its inherited sections.
     * A level whose base level is not in the model (its problems are reported) is left as it is.
     */
    static void complete(List<TrackLevels> tracks, Map<LevelDraft, Level> model) {
        SectionInheritance inheritance = new SectionInheritance(tracks, model);
        tracks.forEach(track -> inheritance.complete(track.track().slug()));
    }

    private void complete(String slug) {
        TrackLevels track = tracks.get(slug);
        // TrackExtensions let no circle through, so following the bases ends.
        if (track == null || !done.add(slug) || track.track().base() == null) {
            return;
        }
        TrackOverview base = track.track().base();
        complete(base.slug());
        TrackLevels baseLevels = tracks.get(base.slug());
        if (baseLevels == null) {
            return;
        }
        Map<String, LevelDraft> byCode = new HashMap<>();
        baseLevels.levels().forEach(level -> byCode.put(level.code(), level));
        for (LevelDraft draft : track.levels()) {
            Level level = model.get(draft);
            LevelDraft baseDraft = byCode.get(draft.base());
            Level baseLevel = baseDraft == null ? null : model.get(baseDraft);
            if (level != null && baseLevel != null) {
                model.put(draft, inherit(track.track(), level, base, baseLevel));
            }
        }
    }

    private static Level inherit(TrackOverview track, Level level, TrackOverview base, Level baseLevel) {
        Map<String, Section> written = new HashMap<>();
        level.sections().forEach(section -> written.put(section.competency().slug(), section));
        Map<String, Section> inherited = new HashMap<>();
        baseLevel.sections().forEach(section -> inherited.put(section.competency().slug(), section));
        SharedSection from = new SharedSection(base.slug(), base.fields().text("title"), baseLevel.code(),
                baseLevel.title(), baseLevel.slug());
        return level.withSections(track.competencies().stream().map(competency -> {
            Section own = written.get(competency.slug());
            Section shared = inherited.get(competency.slug());
            // Without the base's section the base level has problems of its own, and no site is made.
            return own != null ? own : shared == null ? null : shared(competency, shared, base.slug(), baseLevel, from);
        }).filter(Objects::nonNull).toList());
    }

    /** The base level's section as the specialisation shows it, under the specialisation's name for it. */
    private static Section shared(Competency competency, Section section, String baseSlug, Level baseLevel,
                                  SharedSection from) {
        return new Section(competency, RelocatedHtml.of(section.html(), "../" + baseSlug + "/", baseLevel.page()),
                section.text(), section.line(), section.inherited() ? section.shared() : from);
    }
}
