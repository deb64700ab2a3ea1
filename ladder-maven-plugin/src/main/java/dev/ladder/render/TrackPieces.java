package dev.ladder.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.ladder.model.Track;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

/**
 * The text a data file made of one JSON value per track ({@code ladder.json}, the search index) wrote for
 * each track, kept by the live preview from one build to the next: a track equal to one written before
 * (the model is made of records, so equal data is equal text) is written again as the text it gave then,
 * through the file's own generator ({@link JsonGenerator#writeRawValue}, which puts in the separator and
 * counts the value), so the file's bytes are those a fresh write gives. After a save of one level, a file as
 * large as the ladder is so made from the one changed track's new text and the others' kept text.
 *
 * <p>{@code ladder:build} keeps nothing ({@link #none()}). One file's pieces are used by one write at a time.
 */
public final class TrackPieces {

    /** Writes one track's value to the file's generator. */
    public interface Part {
        void write() throws IOException;
    }

    private final boolean remembering;
    private Map<Track, String> pieces = Map.of();

    private TrackPieces(boolean remembering) {
        this.remembering = remembering;
    }

    /** Keeps nothing: every track is written afresh. */
    public static TrackPieces none() {
        return new TrackPieces(false);
    }

    /** Keeps each track's text from one write to the next. */
    public static TrackPieces remembered() {
        return new TrackPieces(true);
    }

    /** Starts a write of the file to {@code out}; its generator writes to the writing returned. */
    Writing start(Writer out) {
        return new Writing(out);
    }

    /** One write of the file: passes everything on to the file, noting what each new track wrote. */
    final class Writing extends Writer {

        private final Writer out;
        private final Map<Track, String> next = new HashMap<>();
        private StringBuilder tapped;

        private Writing(Writer out) {
            this.out = out;
        }

        /** Writes a track's value: its kept text, or {@code part}, whose text is then kept. */
        void track(JsonGenerator json, Track track, Part part) throws IOException {
            if (!remembering) {
                part.write();
                return;
            }
            String kept = pieces.get(track);
            if (kept != null) {
                json.writeRawValue(kept);
                next.put(track, kept);
                return;
            }
            json.flush();
            tapped = new StringBuilder();
            part.write();
            json.flush();
            String text = tapped.toString();
            tapped = null;
            // What the generator wrote before the value (a comma, the pretty printer's spaces) it writes again.
            int start = 0;
            while (start < text.length() && (text.charAt(start) == ',' || Character.isWhitespace(text.charAt(start)))) {
                start++;
            }
            if (start < text.length()) {
                next.put(track, text.substring(start));
            }
        }

        /** Keeps the pieces of the tracks this write wrote, and only those, for the next write. */
        void finish() {
            if (remembering) {
                pieces = next;
            }
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            out.write(chars, offset, length);
            if (tapped != null) {
                tapped.append(chars, offset, length);
            }
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            out.write(text, offset, length);
            if (tapped != null) {
                tapped.append(text, offset, offset + length);
            }
        }

        /** The file's writer is flushed and closed by whoever opened it. */
        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
