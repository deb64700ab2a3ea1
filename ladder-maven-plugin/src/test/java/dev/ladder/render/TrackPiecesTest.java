package dev.ladder.render;

import dev.ladder.load.ContentLoader;
import dev.ladder.load.FolderTree;
import dev.ladder.markdown.Markdown;
import dev.ladder.model.ComparePairs;
import dev.ladder.model.Ladder;
import dev.ladder.model.Track;
import dev.ladder.problem.Problems;
import dev.ladder.read.LadderReader;
import dev.ladder.work.Workers;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The data files the live preview writes from tracks' kept text are, character for character, those a fresh
 * write gives, whichever track changed, moved, appeared or went, and whether a track writes anything at all.
 */
class TrackPiecesTest {

    private static final Path CONTENT = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
            .toAbsolutePath().getParent().resolve("content");

    private final Ladder seed = read();

    @Test
    void ladderJsonThroughKeptPiecesIsAFreshWrite() throws IOException {
        assertEveryChangeWritesAsFresh(LadderJson::new, new LadderJson());
    }

    @Test
    void searchIndexThroughKeptPiecesIsAFreshWrite() throws IOException {
        assertEveryChangeWritesAsFresh(SearchIndex::new, new SearchIndex());
    }

    private void assertEveryChangeWritesAsFresh(Function<TrackPieces, DataFile> remembering, DataFile fresh)
            throws IOException {
        Track one = seed.tracks().get(0);
        Track two = renamed(one, "platform", "Platform Engineer");
        Track three = renamed(one, "data", "Data Engineer");
        Track empty = new Track("empty", one.file(), "No levels yet", one.family(), one.summary(),
                one.overviewHtml(), one.competencies(), List.of());
        List<List<Track>> edits = List.of(
                List.of(one, two, three),
                List.of(renamed(one, one.slug(), "Software engineer"), two, three),
                List.of(one, two, renamed(three, "data", "Data engineer")),
                List.of(three, one, two),
                List.of(empty, one, two),
                List.of(one, empty, two, empty),
                List.of(two),
                List.of(empty),
                List.of(),
                List.of(one, two, three));
        TrackPieces pieces = TrackPieces.remembered();
        DataFile file = remembering.apply(pieces);
        for (List<Track> tracks : edits) {
            Ladder ladder = new Ladder(seed.home(), tracks, seed.changelog());
            String expected = written(fresh, ladder);
            assertEquals(expected, written(file, ladder), tracks.stream().map(Track::title).toList().toString());
        }
    }

    private static Track renamed(Track track, String slug, String title) {
        return new Track(slug, track.file(), title, track.family(), track.summary(), track.overviewHtml(),
                track.competencies(), track.levels());
    }

    private static String written(DataFile file, Ladder ladder) throws IOException {
        StringWriter out = new StringWriter();
        file.write(ladder, out);
        return out.toString();
    }

    private static Ladder read() {
        Problems problems = new Problems();
        List<Ladder> model = new ArrayList<>();
        try (Workers serial = new Workers(1)) {
            new LadderReader(new Markdown(false), problems, serial, ComparePairs.DEFAULT_REACH)
                    .read(ContentLoader.list(new FolderTree(CONTENT), problems, serial)).ifPresent(model::add);
        }
        assertFalse(problems.hasErrors(), problems.sorted().toString());
        return model.get(0);
    }
}
