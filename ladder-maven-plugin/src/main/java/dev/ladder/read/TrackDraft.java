package dev.ladder.read;

import dev.ladder.load.Document;
import dev.ladder.markdown.MarkdownBody;
import dev.ladder.model.Competency;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A track whose overview has been read, before its links are resolved.
 *
 * @param codes              the level codes of its 'levels', in ladder order
 * @param levels             its levels in ladder order, filled in once every level file's front matter is read
 * @param levelsWithProblems its level files that make no page because of problems reported in them,
 *                           filled in with {@code levels}
 */
record TrackDraft(String slug, Document document, Fields fields, MarkdownBody body,
                  List<Competency> competencies, Map<String, ListItem> codes, List<LevelDraft> levels,
                  List<Path> levelsWithProblems) {

    TrackDraft(String slug, Document document, Fields fields, MarkdownBody body, List<Competency> competencies,
               Map<String, ListItem> codes) {
        this(slug, document, fields, body, competencies, codes, new ArrayList<>(), new ArrayList<>());
    }
}
