package dev.ladder.hardening;

import dev.ladder.BuildResult;
import dev.ladder.LadderFixture;
import dev.ladder.SiteGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Finding 3 of issue 17: 10,000 nested list markers or 2,000 {@code >} ended Maven with a
 * StackOverflowError and no line. Nesting deeper than the documented cap of 100 is now an error at
 * the line where it goes too deep, and a body just within the cap builds.
 */
class DeepNestingTest {

    private static final String MESSAGE = "lists, quotes or emphasis are nested more than 100 deep here; "
            + "no page needs that many levels, so flatten them";
    private static final String TEAMWORK = "Asks for help early.";

    @TempDir
    Path dir;

    @Test
    void tenThousandNestedListMarkersAreAnErrorAtTheirLine() {
        LadderFixture ladder = LadderFixture.in(dir)
                .write("content/eng/p1.md", LadderFixture.P1.replace(TEAMWORK, "- ".repeat(10_000) + "deep"));

        assertEquals(List.of("content/eng/p1.md:13:101: error: " + MESSAGE), Refused.byCheckAndBuild(ladder));
    }

    @Test
    void twoThousandQuoteMarkersAreAnErrorAtTheirLine() {
        LadderFixture ladder = LadderFixture.in(dir)
                .write("content/eng/p2.md", LadderFixture.P2.replace("Ships whole features.", ">".repeat(2_000) + " x"));

        assertEquals(List.of("content/eng/p2.md:9:101: error: " + MESSAGE), Refused.byCheckAndBuild(ladder));
    }

    @Test
    void deepEmphasisInTheHomePageTrackAndChangelogIsAnError() {
        String emphasis = "*a ".repeat(5_000) + "b" + "*".repeat(5_000);
        LadderFixture ladder = LadderFixture.in(dir)
                .write("content/CHANGELOG.md", "# Changes\n\n" + "> ".repeat(500) + "x\n")
                .write("content/_index.md", LadderFixture.HOME + "\n" + "1. ".repeat(300) + "x\n")
                .write("content/eng/_index.md", LadderFixture.TRACK + "\n" + emphasis + "\n");

        List<String> problems = Refused.byCheckAndBuild(ladder);

        assertEquals(3, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).startsWith("content/CHANGELOG.md:3:"), problems.get(0));
        assertTrue(problems.get(1).startsWith("content/_index.md:6:"), problems.get(1));
        assertTrue(problems.get(2).startsWith("content/eng/_index.md:10:"), problems.get(2));
        assertTrue(problems.stream().allMatch(line -> line.endsWith(MESSAGE)));
    }

    @Test
    void nestingWithinTheCapBuilds() {
        LadderFixture ladder = LadderFixture.in(dir)
                .write("content/eng/p1.md", LadderFixture.P1.replace(TEAMWORK, "> ".repeat(90) + "quoted"));

        BuildResult built = SiteGenerator.build(ladder.options());

        assertEquals(List.of(), ladder.lines(built));
        assertTrue(built.written());
    }
}
