package dev.ladder.read;

import dev.ladder.BuildResult;
import dev.ladder.LadderFixture;
import dev.ladder.SiteGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code ##} sections of a level file against its track's competencies. */
class SectionProblemsTest {

    private static final String EMPTY_DELIVERY = """
            ---
            level: P1
            title: Junior
            ---
            Learning the ropes.

            ## Delivery

            ## Teamwork

            Asks for help early.
            """;
    private static final String EMPTY_DELIVERY_WARNING = "content/eng/p1.md:7:1: warning: section '## Delivery' is "
            + "empty; describe what this level expects for Delivery";

    @TempDir
    Path dir;

    private List<String> checkLevel(String text) {
        return LadderFixture.in(dir).write("content/eng/p1.md", text).check();
    }

    @Test
    void missingSectionIsReportedAtTheEndOfTheFileWhereItWouldGo() {
        assertEquals(List.of("content/eng/p1.md:9: error: missing section '## Teamwork': every level describes each "
                        + "competency listed in its track's _index.md"),
                checkLevel("""
                        ---
                        level: P1
                        title: Junior
                        ---
                        Learning the ropes.

                        ## Delivery

                        Ships small tasks.

                        """));
    }

    @Test
    void headingThatMatchesNoCompetencyGetsDidYouMean() {
        // Not also "missing section '## Teamwork'": the suggestion already says what to write.
        assertEquals(List.of("content/eng/p1.md:11:1: error: section '## Temwork' is not a competency of this track "
                        + "(did you mean 'Teamwork'?); the competencies are: Delivery, Teamwork"),
                checkLevel(LadderFixture.P1.replace("## Teamwork", "## Temwork")));
    }

    @Test
    void competencyHeadingOneHashTooDeepIsNamedAtItsLine() {
        // Not "missing section" at the end of the file: the editor has to change line 11.
        assertEquals(List.of("content/eng/p1.md:11:1: error: heading '### Teamwork' is written with 3 '#', but a "
                        + "competency's section starts with exactly 2: write '## Teamwork'"),
                checkLevel(LadderFixture.P1.replace("## Teamwork", "### Teamwork")));
    }

    @Test
    void competencyHeadingOneHashTooFewIsNamedAtItsLine() {
        assertEquals(List.of("content/eng/p1.md:7:1: error: heading '# delivery' is written with 1 '#', but a "
                        + "competency's section starts with exactly 2: write '## Delivery'"),
                checkLevel(LadderFixture.P1.replace("## Delivery", "# delivery")));
    }

    @Test
    void headingFarFromAnyCompetencyIsReportedWithTheMissingSection() {
        assertEquals(List.of(
                        "content/eng/p1.md:11:1: error: section '## Hobbies' is not a competency of this track; "
                                + "the competencies are: Delivery, Teamwork",
                        "content/eng/p1.md:13: error: missing section '## Teamwork': every level describes each "
                                + "competency listed in its track's _index.md"),
                checkLevel(LadderFixture.P1.replace("## Teamwork", "## Hobbies")));
    }

    @Test
    void headingsMatchWhateverTheirCaseAndMarkup() {
        assertEquals(List.of(), checkLevel(LadderFixture.P1
                .replace("## Delivery", "## DELIVERY")
                .replace("## Teamwork", "## *Teamwork*")));
    }

    @Test
    void sectionGivenTwiceIsReportedAtTheSecond() {
        assertEquals(List.of("content/eng/p1.md:15:1: error: section '## Delivery' is given twice (first at line 7); "
                        + "merge them into one"),
                checkLevel(LadderFixture.P1 + "\n## Delivery\n\nAnd more.\n"));
    }

    @Test
    void emptySectionIsAWarningAndTheSiteIsStillBuilt() {
        LadderFixture ladder = LadderFixture.in(dir).write("content/eng/p1.md", EMPTY_DELIVERY);

        BuildResult result = SiteGenerator.build(ladder.options());

        assertEquals(List.of(EMPTY_DELIVERY_WARNING), ladder.lines(result));
        assertFalse(result.hasErrors());
        assertTrue(result.written());
        assertTrue(Files.isRegularFile(ladder.path("site/eng/p1.html")));
    }

    @Test
    void emptySectionFailsTheBuildWithFailOnWarningAndNothingIsWritten() {
        LadderFixture ladder = LadderFixture.in(dir).write("content/eng/p1.md", EMPTY_DELIVERY);

        BuildResult result = SiteGenerator.build(ladder.optionsBuilder().failOnWarning(true).build());

        assertEquals(List.of(EMPTY_DELIVERY_WARNING), ladder.lines(result));
        assertFalse(result.written());
        assertEquals(0, result.pages());
        assertFalse(Files.exists(ladder.path("site")), "the output folder was created");
    }

    @Test
    void failOnWarningLeavesAnEarlierSiteAsItWas() throws Exception {
        LadderFixture ladder = LadderFixture.in(dir);
        assertTrue(SiteGenerator.build(ladder.options()).written());
        String before = Files.readString(ladder.path("site/eng/p1.html"));

        ladder.write("content/eng/p1.md", EMPTY_DELIVERY);
        BuildResult result = SiteGenerator.build(ladder.optionsBuilder().failOnWarning(true).build());

        assertFalse(result.written());
        assertEquals(before, Files.readString(ladder.path("site/eng/p1.html")));
    }
}
