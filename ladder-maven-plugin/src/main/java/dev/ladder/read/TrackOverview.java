package dev.ladder.read;

import dev.ladder.load.ContentFiles;
import dev.ladder.load.Document;
import dev.ladder.markdown.MarkdownBody;
import dev.ladder.model.Competency;

import java.util.List;
import java.util.Map;

/**
 * A track whose overview, {@code _index.md}, has been read: what its level files are checked against.
 *
 * @param files the track's folder as listed
 * @param codes the level codes of its 'levels', in ladder order
 * @param base  the track it extends, its own base resolved, or {@code null} when it extends none
 */
record TrackOverview(ContentFiles.TrackFiles files, Document document, Fields fields, MarkdownBody body,
                     List<Competency> competencies, Map<String, ListItem> codes, TrackOverview base) {

    String slug() {
        return files.slug();
    }

    /** The same overview extending {@code track}. */
    TrackOverview extending(TrackOverview track) {
        return new TrackOverview(files, document, fields, body, competencies, codes, track);
    }

    /**
     * Whether the overview has an {@code extends} line at all, even one whose value is unusable (and
     * reported): such a track means to be a specialisation, and is not checked as one that stands alone.
     */
    boolean saysExtends() {
        return document.fields().containsKey("extends");
    }

    /** Whether the track inherits {@code competency} from its base, so its levels need not write it. */
    boolean inherits(Competency competency) {
        return base != null && base.competencies.stream().anyMatch(inherited -> inherited.slug()
                .equals(competency.slug()));
    }
}
