package dev.ladder.render;

import java.util.HashMap;
import java.util.Map;

/**
 * The live preview's {@link TrackPieces} of each data file, by the file's site path, kept from one build to
 * the next so that a save of one level writes the site-wide files from the other tracks' kept text.
 */
public final class DataPieces {

    private final Map<String, TrackPieces> files = new HashMap<>();

    /** The pieces of the data file at {@code path}. */
    TrackPieces of(String path) {
        return files.computeIfAbsent(path, file -> TrackPieces.remembered());
    }

    /** Forgets every file's pieces (their memory is rebuilt by the next write). */
    public void clear() {
        files.clear();
    }
}
