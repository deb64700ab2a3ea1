package dev.ladder.validate;

import dev.ladder.load.Document;
import dev.ladder.markdown.HeadingSection;
import dev.ladder.markdown.MarkdownBody;
import dev.ladder.model.Competency;

import java.util.Map;

/** A level file that has been read and matched to its track, before its links are resolved. */
record LevelDraft(Document document, Fields fields, MarkdownBody body, String code, String slug,
                  Map<Competency, HeadingSection> sections) {
}
