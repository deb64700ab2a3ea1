package dev.ladder.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.Section;
import dev.ladder.model.Track;

import java.io.IOException;
import java.io.Writer;

/**
 * {@code search-index.js}: one entry per level and per competency section, as a JSON array handed
 * to the search script. It is a script rather than a {@code .json} file because browsers refuse to
 * fetch files from a page opened with {@code file://}, and the site must work from a file share.
 */
public final class SearchIndex implements DataFile {

    private final TrackPieces pieces;

    public SearchIndex() {
        this(TrackPieces.none());
    }

    /** @param pieces what earlier writes wrote for each track, and will be told what this one writes */
    public SearchIndex(TrackPieces pieces) {
        this.pieces = pieces;
    }

    @Override
    public DataFile remembering(DataPieces memory) {
        return new SearchIndex(memory.of(path()));
    }

    @Override
    public String path() {
        return "search-index.js";
    }

    @Override
    public void write(Ladder ladder, Writer out) throws IOException {
        out.write("window.ladderSearch.receive(");
        TrackPieces.Writing writing = pieces.start(out);
        try (JsonGenerator json = new JsonFactory().createGenerator(writing)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartArray();
            for (Track track : ladder.tracks()) {
                writing.track(json, track, () -> track(json, track));
            }
            json.writeEndArray();
        }
        writing.finish();
        out.write(");\n");
    }

    private static void track(JsonGenerator json, Track track) throws IOException {
        for (Level level : track.levels()) {
            String page = track.slug() + "/" + level.page();
            String name = level.code() + " " + level.title();
            entry(json, name, track.title(), page, level.summary());
            for (Section section : level.sections()) {
                entry(json, section.competency().name(), name + " · " + track.title(),
                        page + "#" + section.competency().slug(), section.text());
            }
        }
    }

    private static void entry(JsonGenerator json, String title, String context, String url, String text)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("title", title);
        json.writeStringField("context", context);
        json.writeStringField("url", url);
        json.writeStringField("text", text);
        json.writeEndObject();
        json.writeRaw('\n');
    }
}
