package dev.ladder.read;

import dev.ladder.LadderFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How a track's list of levels and competencies and its level files must agree. */
class TrackStructureProblemsTest {

    @TempDir
    Path dir;

    @Test
    void levelListedWithoutAFileIsReportedAtItsCodeInTheList() {
        LadderFixture ladder = LadderFixture.in(dir).delete("content/eng/p2.md");

        assertEquals(List.of("content/eng/_index.md:3:14: error: level 'P2' has no file: add a Markdown file to eng/ "
                + "with 'level: P2' in its front matter"), ladder.check());
    }

    @Test
    void levelFileWhoseCodeIsNotListedIsReportedAtTheCode() {
        LadderFixture ladder = LadderFixture.in(dir).write("content/eng/p3.md", LadderFixture.P2.replace("P2", "P3"));

        assertEquals(List.of("content/eng/p3.md:2:8: error: level 'P3' is not listed in the track's 'levels' "
                + "(P1, P2); add it there or fix the code"), ladder.check());
    }

    @Test
    void codeThatDiffersOnlyInCaseGetsDidYouMean() {
        LadderFixture ladder = LadderFixture.in(dir).write("content/eng/p2.md", LadderFixture.P2.replace("P2", "p2"));

        assertEquals(List.of(
                "content/eng/_index.md:3:14: error: level 'P2' has no file: add a Markdown file to eng/ with "
                        + "'level: P2' in its front matter",
                "content/eng/p2.md:2:8: error: level 'p2' is not listed in the track's 'levels' (P1, P2); add it "
                        + "there or fix the code (did you mean 'P2'?)"), ladder.check());
    }

    @Test
    void sameCodeInTwoFilesIsReportedInTheSecond() {
        LadderFixture ladder = LadderFixture.in(dir).write("content/eng/p2b.md", LadderFixture.P2);

        assertEquals(List.of("content/eng/p2b.md:2:8: error: level 'P2' is also the level of p2.md; each level "
                + "has exactly one file, so change the code in one of them"), ladder.check());
    }

    @Test
    void wrongCodeInAFileReportsTheCodeAndTheLevelLeftWithoutAFile() {
        // Both are true and both need the editor: P3 is not a level, and P2 lost its file.
        LadderFixture ladder = LadderFixture.in(dir).write("content/eng/p2.md", LadderFixture.P2.replace("P2", "P3"));

        assertEquals(List.of(
                "content/eng/_index.md:3:14: error: level 'P2' has no file: add a Markdown file to eng/ with "
                        + "'level: P2' in its front matter",
                "content/eng/p2.md:2:8: error: level 'P3' is not listed in the track's 'levels' (P1, P2); add it "
                        + "there or fix the code"), ladder.check());
    }

    @Test
    void levelListedTwiceIsReportedAtTheSecondMention() {
        LadderFixture ladder = LadderFixture.in(dir)
                .write("content/eng/_index.md", LadderFixture.TRACK.replace("[P1, P2]", "[P1, P2, P1]"));

        assertEquals(List.of("content/eng/_index.md:3:18: error: level 'P1' is listed twice in 'levels'"),
                ladder.check());
    }

    @Test
    void competencyListedTwiceIsReportedAtTheSecondMention() {
        LadderFixture ladder = LadderFixture.in(dir).write("content/eng/_index.md",
                LadderFixture.TRACK.replace("  - Teamwork\n", "  - Teamwork\n  - delivery\n"));

        assertEquals(List.of("content/eng/_index.md:7:5: error: competency 'delivery' is listed twice in "
                + "'competencies'"), ladder.check());
    }

    @Test
    void competencyWithoutALetterOrDigitIsReportedAtItsEntry() {
        // Its section could have no address of its own; the levels are not also blamed for lacking it.
        LadderFixture ladder = LadderFixture.in(dir).write("content/eng/_index.md",
                LadderFixture.TRACK.replace("  - Teamwork\n", "  - Teamwork\n  - \"???\"\n"));

        assertEquals(List.of("content/eng/_index.md:7:5: error: competency '???' needs at least one letter or digit"),
                ladder.check());
    }

    @Test
    void trackFoldersDifferingOnlyInCaseAreReported() {
        // Linux keeps both folders apart; the site would not, on a case-insensitive disk or web server.
        LadderFixture ladder = LadderFixture.in(dir)
                .write("content/Eng/_index.md", LadderFixture.TRACK)
                .write("content/Eng/p1.md", LadderFixture.P1)
                .write("content/Eng/p2.md", LadderFixture.P2);

        assertEquals(List.of("content/eng: error: track folder 'eng' differs from 'Eng' only in capital letters, "
                + "so both would get the same web address; rename or merge one of the folders"), ladder.check());
    }

    @Test
    void trackWithoutAnIndexIsReported() {
        LadderFixture ladder = LadderFixture.in(dir).delete("content/eng/_index.md");

        assertEquals(List.of("content/eng/_index.md: error: is missing: the track needs an _index.md with at least "
                + "a title"), ladder.check());
    }

    @Test
    void overviewWithACompetencyHeadingIsReported() {
        LadderFixture ladder = LadderFixture.in(dir)
                .write("content/eng/_index.md", LadderFixture.TRACK + "\n## Delivery\n\nHow we ship.\n");

        assertEquals(List.of("content/eng/_index.md:10:1: error: a track overview cannot have '## Delivery': '##' "
                + "headings are for competency sections in level files; use '###'"), ladder.check());
    }
}
