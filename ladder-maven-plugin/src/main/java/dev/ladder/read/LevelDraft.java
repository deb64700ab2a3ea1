package dev.ladder.read;

import dev.ladder.load.Document;
import dev.ladder.load.FrontMatterField;
import dev.ladder.load.SourceText;

import java.nio.file.Path;
import java.util.Map;

/**
 * A level file whose front matter names a level of its track, before its body is read. Holds the
 * file's text only until the body has been turned into the model, and not its body beside it: that
 * is cut from the text again when it is needed, so a ladder waiting to be read takes no more memory
 * than its files. Not a record for that reason: the text is handed over once, and then let go.
 */
final class LevelDraft {

    private final TrackOverview track;
    private final Path file;
    private final Fields fields;
    private final String code;
    private final String slug;
    private final int bodyLine;
    private final String base;
    private SourceText source;
    private Map<String, FrontMatterField> frontMatter;

    /** @param base the code of the base track's level this one builds on, or {@code ""} */
    LevelDraft(TrackOverview track, Document document, Fields fields, String code, String slug, String base) {
        this.track = track;
        this.file = document.file();
        this.source = document.source();
        this.frontMatter = document.fields();
        this.bodyLine = document.bodyLine();
        this.fields = fields;
        this.code = code;
        this.slug = slug;
        this.base = base;
    }

    /** The code of the level of the base track this one builds on, or {@code ""} when its track extends none. */
    String base() {
        return base;
    }

    TrackOverview track() {
        return track;
    }

    Path file() {
        return file;
    }

    Fields fields() {
        return fields;
    }

    String code() {
        return code;
    }

    String slug() {
        return slug;
    }

    /** The loaded file, handed over once: the draft keeps no reference to it afterwards. */
    synchronized Document release() {
        Document released = Document.cut(source, frontMatter, bodyLine);
        source = null;
        frontMatter = null;
        return released;
    }
}
