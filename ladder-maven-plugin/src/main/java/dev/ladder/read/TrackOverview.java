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
 */
record TrackOverview(ContentFiles.TrackFiles files, Document document, Fields fields, MarkdownBody body,
                     List<Competency> competencies, Map<String, ListItem> codes) {

    String slug() {
        return files.slug();
    }
}
