package dev.ladder.render;

import java.io.IOException;
import java.io.OutputStream;

/** Where rendered files go. Called from several threads at once, never twice for the same path. */
public interface SiteOutput {

    /** A rendered page: the first {@code length} of {@code bytes}, which the caller reuses afterwards. */
    void page(String path, byte[] bytes, int length) throws IOException;

    /** A stream for a file too large to hold in memory; the file is complete when the stream is closed. */
    OutputStream stream(String path) throws IOException;

    /** Keeps nothing: what {@code check} renders into. */
    SiteOutput NONE = new SiteOutput() {
        @Override
        public void page(String path, byte[] bytes, int length) {
        }

        @Override
        public OutputStream stream(String path) {
            return OutputStream.nullOutputStream();
        }
    };
}
