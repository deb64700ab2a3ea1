package dev.ladder.render;

import dev.ladder.model.Ladder;

import java.io.IOException;
import java.io.Writer;

/** A file of the site written from the model directly rather than from a template, such as JSON for scripts. */
public interface DataFile {

    /** Where it goes, relative to the site root. */
    String path();

    void write(Ladder ladder, Writer out) throws IOException;

    /** This file, writing through what {@code memory} kept of its earlier writes, where it keeps any. */
    default DataFile remembering(DataPieces memory) {
        return this;
    }
}
