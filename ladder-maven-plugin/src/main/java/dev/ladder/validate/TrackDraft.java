package dev.ladder.validate;

import dev.ladder.load.Document;
import dev.ladder.markdown.MarkdownBody;
import dev.ladder.model.Competency;

import java.nio.file.Path;
import java.util.List;

/**
 * A track that has been read, before its links are resolved: levels in ladder order.
 *
 * @param levelsWithProblems its level files that make no page because of problems reported in them
 */
record TrackDraft(String slug, Document document, Fields fields, MarkdownBody body,
                  List<Competency> competencies, List<LevelDraft> levels, List<Path> levelsWithProblems) {
}
