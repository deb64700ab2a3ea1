package dev.ladder.hardening;

import dev.ladder.BuildResult;
import dev.ladder.LadderFixture;
import dev.ladder.SiteGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Finding 8 of issue 17: levels in x.md, x-y.md, y-z.md and z.md made the compare pages of P1/P3 and
 * of P2/P4 both compare-x-y-z.html, and which one the site kept depended on timing. Two pairs whose
 * page names run together are now an error naming both, and nothing is written.
 */
class ComparePageNameTest {

    @TempDir
    Path dir;

    private static String level(String code) {
        return LadderFixture.P1.replace("P1", code);
    }

    @Test
    void twoPairsWhoseFileNamesRunTogetherAreRefused() {
        LadderFixture ladder = LadderFixture.in(dir).delete("content/eng/p1.md").delete("content/eng/p2.md")
                .write("content/eng/_index.md", LadderFixture.TRACK.replace("[P1, P2]", "[P1, P2, P3, P4]"))
                .write("content/eng/x.md", level("P1"))
                .write("content/eng/x-y.md", level("P2"))
                .write("content/eng/y-z.md", level("P3"))
                .write("content/eng/z.md", level("P4"));
        List<String> expected = List.of("content/eng/x-y.md: error: the page comparing P2 with P4 would be named "
                + "compare-x-y-z.html, as is the page comparing P1 with P3 (files x.md and y-z.md); "
                + "rename x-y.md or z.md so that the names differ");

        assertEquals(expected, ladder.check());
        BuildResult built = SiteGenerator.build(ladder.options());
        assertEquals(expected, ladder.lines(built));
        assertFalse(built.written());
    }
}
