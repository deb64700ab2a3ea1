package dev.ladder.validate;

import dev.ladder.load.Document;

import java.nio.file.Path;

/**
 * A level file whose front matter names a level of its track, before its body is read. Holds the
 * file's text only until the body has been turned into the model.
 */
final class LevelDraft {

    private final TrackDraft track;
    private final Path file;
    private final Fields fields;
    private final String code;
    private final String slug;
    private Document document;
    private volatile boolean listed;

    LevelDraft(TrackDraft track, Document document, Fields fields, String code, String slug) {
        this.track = track;
        this.file = document.file();
        this.document = document;
        this.fields = fields;
        this.code = code;
        this.slug = slug;
    }

    TrackDraft track() {
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

    /** Whether it is the file of a level in its track's 'levels', and so a page of the site. */
    boolean listed() {
        return listed;
    }

    void markListed() {
        listed = true;
    }

    /** The loaded file, handed over once: the draft keeps no reference to it afterwards. */
    synchronized Document release() {
        Document released = document;
        document = null;
        return released;
    }
}
