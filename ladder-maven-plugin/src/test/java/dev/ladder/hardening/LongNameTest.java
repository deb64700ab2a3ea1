package dev.ladder.hardening;

import dev.ladder.LadderFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Finding 4 of issue 17: a 60,000-character competency and a 60,000-character heading made
 * did-you-mean fill 6 GB with its distance table. Names are now capped at a documented 200 characters,
 * with an error at the name, and did-you-mean compares nothing longer. (The test's heap is far below
 * 6 GB, so the old code fails here.)
 */
class LongNameTest {

    private static final int NAME_CAP = 200;

    @TempDir
    Path dir;

    @Test
    void aHugeHeadingAndAHugeCompetencyAreErrorsAtTheirLinesWithoutASuggestion() {
        String huge = "Teamwork".repeat(7_500);
        LadderFixture ladder = LadderFixture.in(dir)
                .write("content/eng/_index.md", LadderFixture.TRACK.replace("  - Teamwork", "  - Teamwork\n  - " + huge))
                .write("content/eng/p1.md", LadderFixture.P1 + "\n## " + huge + "x\n\nMore.\n");

        assertEquals(List.of("content/eng/_index.md:7:5: error: competency name is 60000 characters long, more than "
                + "the 200 a competency name may have; shorten it",
                "content/eng/p1.md:15:1: error: section heading is 60001 characters long, more than the 200 a "
                        + "competency name may have; shorten it"), Refused.byCheckAndBuild(ladder));
    }

    @Test
    void namesUpToTheCapAreCompared() {
        String longest = "T".repeat(NAME_CAP);
        LadderFixture ladder = LadderFixture.in(dir)
                .write("content/eng/_index.md", LadderFixture.TRACK.replace("  - Teamwork", "  - " + longest))
                .write("content/eng/p1.md", LadderFixture.P1.replace("## Teamwork", "## " + longest.substring(1) + "x"))
                .write("content/eng/p2.md", LadderFixture.P2.replace("## Teamwork", "## " + longest));

        List<String> problems = ladder.check();

        assertEquals(1, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).contains("(did you mean '" + longest + "'?)"));
        assertFalse(problems.get(0).contains("characters long"));
    }

    @Test
    void shortNamesStillGetTheirSuggestion() {
        LadderFixture ladder = LadderFixture.in(dir)
                .write("content/eng/p1.md", LadderFixture.P1.replace("## Teamwork", "## Temwork"));

        assertEquals(List.of("content/eng/p1.md:11:1: error: section '## Temwork' is not a competency of this track "
                + "(did you mean 'Teamwork'?); the competencies are: Delivery, Teamwork"), ladder.check());
    }
}
