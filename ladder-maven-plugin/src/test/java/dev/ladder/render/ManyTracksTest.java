package dev.ladder.render;

import dev.ladder.BuildResult;
import dev.ladder.LadderFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A track's pages do not depend on the other tracks of the site: pages render a folder at a time on several
 * workers and the tracks' level alignments are kept only for the last few tracks (TrackAlignments), so in a
 * site with more tracks than are kept, the first track, one in the middle and the last must each show the
 * same comparisons as a site of that track alone.
 */
class ManyTracksTest {

    private static final int TRACKS = TrackAlignments.TRACKS_KEPT + 4;
    private static final List<String> PAGES = List.of("e2.html", "index.html", "compare-e1-e2.html",
            "compare-e1-e3.html", "compare-e2-e3.html");

    @Test
    void aTracksPagesAreTheSameAloneAndAmongManyTracks(@TempDir Path root) {
        LadderFixture many = LadderFixture.engineering(root.resolve("many"));
        for (int t = 0; t < TRACKS; t++) {
            track(many, t);
        }
        built(many);
        for (int t : new int[] {0, TRACKS / 2, TRACKS - 1}) {
            // Each track's own bullets, not another's: the design bullet grows from E1 to E3.
            String compare = many.page(slug(t) + "/compare-e1-e3.html");
            assertTrue(compare.contains("<li>Designs part " + t + " at level <del>1.</del> <ins>3.</ins></li>"), slug(t));
        }
        for (int t : new int[] {0, TRACKS - 1}) {
            LadderFixture alone = track(LadderFixture.engineering(root.resolve("alone-" + t)).delete("content/engineering"), t);
            built(alone);
            for (String page : PAGES) {
                assertEquals(alone.page(slug(t) + "/" + page), many.page(slug(t) + "/" + page), slug(t) + "/" + page);
            }
        }
        LadderFixture engineering = LadderFixture.engineering(root.resolve("alone-engineering"));
        built(engineering);
        for (String page : PAGES) {
            assertEquals(engineering.page("engineering/" + page), many.page("engineering/" + page), page);
        }
    }

    /** Tracks before and after "engineering" in the site's order, with bullets of their own. */
    private static String slug(int t) {
        return (t == 0 ? "a" : t == TRACKS - 1 ? "z" : t % 2 == 0 ? "b" : "y") + "track" + t;
    }

    private static LadderFixture track(LadderFixture fixture, int t) {
        fixture.write("content/" + slug(t) + "/_index.md", LadderFixture.engineeringTrack("E1, E2, E3")
                .replace("title: Engineering", "title: Track " + t));
        for (int level = 1; level <= 3; level++) {
            fixture.write("content/" + slug(t) + "/e" + level + ".md", LadderFixture.engineeringLevel("E" + level,
                    "Level " + level, "", "- Ships changes of size " + (t + level) + ".\n- Writes tests.",
                    "- Designs part " + t + " at level " + level + "."));
        }
        return fixture;
    }

    private static void built(LadderFixture fixture) {
        BuildResult result = fixture.build();
        assertTrue(result.written(), fixture.text(result));
    }
}
