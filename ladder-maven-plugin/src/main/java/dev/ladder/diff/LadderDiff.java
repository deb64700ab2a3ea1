package dev.ladder.diff;

import dev.ladder.model.Home;
import dev.ladder.model.Ladder;
import dev.ladder.model.Track;
import dev.ladder.words.WordDiff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed in a ladder between two versions, as a reviewer reads a change: tracks, levels and
 * competencies added, removed, renamed or reordered, front-matter fields, and the words of every
 * section. Both versions are models built by the same reader, so only the rendered text is compared.
 *
 * @param homeFields the home page's changed fields
 * @param homeIntro  the home page's introduction
 * @param tracks     tracks that changed: the newer version's in site order, then removed ones
 */
public record LadderDiff(List<FieldChange> homeFields, WordDiff homeIntro, List<TrackChange> tracks,
                         boolean severalTracks) {

    public static LadderDiff between(Ladder base, Ladder head) {
        List<FieldChange> fields = new ArrayList<>();
        Home before = base.home();
        Home after = head.home();
        FieldComparison.compare("title", before.title(), after.title(), fields);
        FieldComparison.compare("organisation", before.organisation(), after.organisation(), fields);
        FieldComparison.compare("version", before.version(), after.version(), fields);
        FieldComparison.compare("effective", before.effectiveIso(), after.effectiveIso(), fields);
        Map<String, Track> baseTracks = new LinkedHashMap<>();
        base.tracks().forEach(track -> baseTracks.put(track.slug(), track));
        List<TrackChange> tracks = new ArrayList<>();
        for (Track track : head.tracks()) {
            Track old = baseTracks.remove(track.slug());
            TrackChange change = old == null
                    ? TrackChange.whole(track.slug(), track.title(), TrackChange.Status.ADDED, track.levels())
                    : TrackDiffer.compare(old, track);
            if (change.changed()) {
                tracks.add(change);
            }
        }
        for (Track removed : baseTracks.values()) {
            tracks.add(TrackChange.whole(removed.slug(), removed.title(), TrackChange.Status.REMOVED,
                    removed.levels()));
        }
        boolean several = head.tracks().size() > 1 || base.tracks().size() > 1;
        return new LadderDiff(List.copyOf(fields), WordDiff.between(before.introHtml(), after.introHtml()),
                List.copyOf(tracks), several);
    }

    public boolean changed() {
        return !homeFields.isEmpty() || homeIntro.changed() || !tracks.isEmpty();
    }

    public boolean homeChanged() {
        return !homeFields.isEmpty() || homeIntro.changed();
    }

    /** One line that sums the change up, such as "P3, P4: 2 competencies reworded; P6 added". */
    public String headline() {
        return Headline.of(this);
    }
}
