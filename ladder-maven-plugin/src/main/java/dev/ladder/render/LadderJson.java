package dev.ladder.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.ladder.model.Competency;
import dev.ladder.model.Grade;
import dev.ladder.model.Home;
import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.Section;
import dev.ladder.model.Track;

import java.io.IOException;
import java.io.Writer;

/**
 * {@code ladder.json}: the whole model for HR systems and scripts, streamed from the same records
 * as the pages so it costs one pass over the model. Its shape is documented in the README.
 */
public final class LadderJson implements DataFile {

    /** Raised when the shape changes in a way that breaks readers. */
    static final int FORMAT = 1;

    private final TrackPieces pieces;

    public LadderJson() {
        this(TrackPieces.none());
    }

    /** @param pieces what earlier writes wrote for each track, and will be told what this one writes */
    public LadderJson(TrackPieces pieces) {
        this.pieces = pieces;
    }

    @Override
    public DataFile remembering(DataPieces memory) {
        return new LadderJson(memory.of(path()));
    }

    @Override
    public String path() {
        return "ladder.json";
    }

    @Override
    public void write(Ladder ladder, Writer out) throws IOException {
        TrackPieces.Writing writing = pieces.start(out);
        try (JsonGenerator json = new JsonFactory().createGenerator(writing).useDefaultPrettyPrinter()) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            Home home = ladder.home();
            json.writeStartObject();
            json.writeNumberField("format", FORMAT);
            json.writeStringField("title", home.title());
            json.writeStringField("organisation", home.organisation());
            json.writeStringField("version", home.version());
            json.writeStringField("effective", home.effective() == null ? null : home.effectiveIso());
            // Only a ladder that declares grades has them, so that one without reads as before.
            if (!home.grades().isEmpty()) {
                json.writeArrayFieldStart("grades");
                for (Grade grade : home.grades()) {
                    json.writeStartObject();
                    json.writeStringField("id", grade.id());
                    json.writeStringField("name", grade.name());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeArrayFieldStart("tracks");
            for (Track track : ladder.tracks()) {
                writing.track(json, track, () -> track(json, track));
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
        writing.finish();
    }

    private static void track(JsonGenerator json, Track track) throws IOException {
        json.writeStartObject();
        json.writeStringField("slug", track.slug());
        json.writeStringField("title", track.title());
        json.writeStringField("family", track.family());
        if (!track.base().isEmpty()) {
            json.writeStringField("extends", track.base());
        }
        json.writeStringField("summary", track.summary());
        json.writeStringField("url", track.slug() + "/index.html");
        json.writeStringField("matrixUrl", track.slug() + "/matrix.html");
        json.writeStringField("overviewHtml", track.overviewHtml());
        json.writeArrayFieldStart("competencies");
        for (Competency competency : track.competencies()) {
            json.writeStartObject();
            json.writeStringField("name", competency.name());
            json.writeStringField("slug", competency.slug());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("levels");
        for (Level level : track.levels()) {
            json.writeStartObject();
            json.writeStringField("code", level.code());
            json.writeStringField("slug", level.slug());
            json.writeStringField("title", level.title());
            json.writeStringField("summary", level.summary());
            if (!level.base().isEmpty()) {
                json.writeStringField("base", level.base());
            }
            json.writeStringField("url", track.slug() + "/" + level.page());
            if (level.grade() != null) {
                json.writeStringField("grade", level.grade().id());
            }
            json.writeStringField("introHtml", level.introHtml());
            json.writeArrayFieldStart("sections");
            for (Section section : level.sections()) {
                json.writeStartObject();
                json.writeStringField("competency", section.competency().name());
                json.writeStringField("slug", section.competency().slug());
                json.writeStringField("html", section.html());
                json.writeStringField("text", section.text());
                if (section.inherited()) {
                    json.writeObjectFieldStart("sharedFrom");
                    json.writeStringField("track", section.shared().trackSlug());
                    json.writeStringField("level", section.shared().levelCode());
                    json.writeStringField("url", section.shared().page() + "#" + section.competency().slug());
                    json.writeEndObject();
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
