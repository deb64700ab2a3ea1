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
 * did-you-mean fill 6 GB with its distance table. Names that long are now not compared; the problem
 * is still reported, without a suggestion. (The test's heap is far below 6 GB, so the old code fails here.)
 */
class LongNameTest {

    @TempDir
    Path dir;

    @Test
    void aHugeHeadingAndAHugeCompetencyAreReportedWithoutASuggestion() {
        String huge = "Teamwork".repeat(7_500);
        LadderFixture ladder = LadderFixture.in(dir)
                .write("content/eng/_index.md", LadderFixture.TRACK.replace("  - Teamwork", "  - Teamwork\n  - " + huge))
                .write("content/eng/p1.md", LadderFixture.P1 + "\n## " + huge + "x\n\nMore.\n");

        List<String> problems = ladder.check();

        assertFalse(problems.isEmpty());
        assertTrue(problems.stream().anyMatch(line -> line.startsWith("content/eng/p1.md:15:1: error: section '## Teamwork")),
                String.join("\n", problems).substring(0, 300));
        assertTrue(problems.stream().noneMatch(line -> line.contains("did you mean")));
    }

    @Test
    void shortNamesStillGetTheirSuggestion() {
        LadderFixture ladder = LadderFixture.in(dir)
                .write("content/eng/p1.md", LadderFixture.P1.replace("## Teamwork", "## Temwork"));

        assertEquals(List.of("content/eng/p1.md:11:1: error: section '## Temwork' is not a competency of this track "
                + "(did you mean 'Teamwork'?); the competencies are: Delivery, Teamwork"), ladder.check());
    }
}
