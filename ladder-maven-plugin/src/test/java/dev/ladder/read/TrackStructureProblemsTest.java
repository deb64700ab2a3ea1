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

        // Not also "level 'P2' has no file": one slip, one message, where it is fixed.
        assertEquals(List.of("content/eng/p2.md:2:8: error: level 'p2' is not listed in the track's 'levels' "
                + "(P1, P2); add it there or fix the code (did you mean 'P2'?)"), ladder.check());
    }

    @Test
    void sameCodeInTwoFilesIsReportedInTheSecond() {
        LadderFixture ladder = LadderFixture.in(dir).write("content/eng/p2b.md", LadderFixture.P2);

        assertEquals(List.of("content/eng/p2b.md:2:8: error: level 'P2' is also the level of p2.md; each level "
                + "has exactly one file, so change the code in one of them"), ladder.check());
    }

    @Test
    void wrongCodeInAFileIsOneMessageAtTheCodeSuggestingTheFilesName() {
        // p2.md is most likely P2: its wrong code is the one cause, so P2 is not also reported without a file.
        LadderFixture ladder = LadderFixture.in(dir).write("content/eng/p2.md", LadderFixture.P2.replace("P2", "P7"));

        assertEquals(List.of("content/eng/p2.md:2:8: error: level 'P7' is not listed in the track's 'levels' "
                + "(P1, P2); add it there or fix the code (did you mean 'P2'?)"), ladder.check());
    }

    @Test
    void levelFileNameWithASpaceIsOneMessageAndLinksToItsIntendedNameAreNotReported() {
        LadderFixture ladder = LadderFixture.in(dir).delete("content/eng/p2.md")
                .write("content/eng/p 2.md", LadderFixture.P2)
                .write("content/eng/p1.md", LadderFixture.P1.replace("Learning the ropes.",
                        "Learning the ropes, then [P2](p2.md#delivery)."));

        assertEquals(List.of("content/eng/p 2.md: error: name 'p 2' cannot be part of a web address; use letters, "
                + "digits, '-' and '_' only"), ladder.check());
    }

    @Test
    void levelSavedAsDotMarkdownIsAnErrorNamingTheRenameAndNothingElse() {
        LadderFixture ladder = LadderFixture.in(dir).delete("content/eng/p2.md")
                .write("content/eng/p2.markdown", LadderFixture.P2)
                .write("content/eng/p1.md", LadderFixture.P1.replace("Learning the ropes.",
                        "Learning the ropes, then [P2](p2.md)."));

        assertEquals(List.of("content/eng/p2.markdown: error: is not read, since only files ending in '.md' are "
                + "level files, so level 'P2' has no file: rename it to 'p2.md'"), ladder.check());
    }

    @Test
    void levelSavedWithACapitalExtensionIsNamedToo() {
        LadderFixture ladder = LadderFixture.in(dir).delete("content/eng/p2.md")
                .write("content/eng/P2.MD", LadderFixture.P2);

        assertEquals(List.of("content/eng/P2.MD: error: is not read, since only files ending in '.md' are "
                + "level files, so level 'P2' has no file: rename it to 'P2.md'"), ladder.check());
    }

    @Test
    void trackIndexSavedAsDotMarkdownIsOneMessageAtTheFile() {
        LadderFixture ladder = LadderFixture.in(dir).delete("content/eng/_index.md")
                .write("content/eng/_index.markdown", LadderFixture.TRACK);

        assertEquals(List.of("content/eng/_index.markdown: error: is not read, since only files ending in '.md' are "
                + "read, so the track has no _index.md: rename it to '_index.md'"), ladder.check());
    }

    @Test
    void textFileWithFrontMatterThatNoLevelNeedsIsAWarning() {
        LadderFixture ladder = LadderFixture.in(dir).write("content/eng/p3.txt", LadderFixture.P2.replace("P2", "P3"))
                .write("content/eng/notes.txt", "Ideas for P3.\n");

        assertEquals(List.of("content/eng/p3.txt: warning: is not read, since only files ending in '.md' are level "
                + "files; if it is a level, rename it to 'p3.md'"), ladder.check());
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

    @Test
    void competencyIndentedOneSpaceFurtherIsFoundAtItsLineAndLevelFilesAreNotBlamed() {
        // YAML reads "Delivery - Teamwork" as one competency; without this, every level file would get
        // "section '## Delivery' is not a competency of this track" and more.
        LadderFixture ladder = LadderFixture.in(dir).write("content/eng/_index.md",
                LadderFixture.TRACK.replace("  - Teamwork", "   - Teamwork"));

        assertEquals(List.of("content/eng/_index.md:6:4: error: the list entry '- Teamwork' is indented differently "
                + "from the '-' above it, so YAML reads it as part of that entry, making one entry 'Delivery - Teamwork'; "
                + "start every '-' of 'competencies' in the same column"), ladder.check());
    }

    @Test
    void listWhoseFirstEntryStartsTheLineIsFoundAtTheSecondEntry() {
        LadderFixture ladder = LadderFixture.in(dir).write("content/eng/_index.md",
                LadderFixture.TRACK.replace("  - Delivery", "- Delivery"));

        assertEquals(List.of("content/eng/_index.md:6:3: error: the list entry '- Teamwork' is indented differently "
                + "from the '-' above it, so YAML reads it as part of that entry, making one entry 'Delivery - Teamwork'; "
                + "start every '-' of 'competencies' in the same column"), ladder.check());
    }

    @Test
    void listWhoseFirstEntryStartsTheLineIsOneMessageNamingTheWholeJoinedEntry() {
        // YAML makes one competency of all four lines; the editor changes the second line (or the first).
        LadderFixture ladder = LadderFixture.in(dir).write("content/eng/_index.md", LadderFixture.TRACK
                .replace("  - Delivery\n  - Teamwork\n", "- Delivery\n  - Teamwork\n  - Hiring\n  - Strategy\n"));

        assertEquals(List.of("content/eng/_index.md:6:3: error: the list entry '- Teamwork' is indented differently "
                + "from the '-' above it, so YAML reads it as part of that entry, making one entry 'Delivery - Teamwork "
                + "- Hiring - Strategy'; start every '-' of 'competencies' in the same column"), ladder.check());
    }

    @Test
    void levelIndentedFurtherIsFoundAtItsLineAndLevelFilesAreNotBlamed() {
        LadderFixture ladder = LadderFixture.in(dir).write("content/eng/_index.md",
                LadderFixture.TRACK.replace("levels: [P1, P2]", "levels:\n  - P1\n   - P2"));

        assertEquals(List.of("content/eng/_index.md:5:4: error: the list entry '- P2' is indented differently "
                + "from the '-' above it, so YAML reads it as part of that entry, making one entry 'P1 - P2'; start every "
                + "'-' of 'levels' in the same column"), ladder.check());
    }

    @Test
    void nameWithADashOnOneLineIsAName() {
        LadderFixture ladder = LadderFixture.in(dir).write("content/eng/_index.md",
                        LadderFixture.TRACK.replace("  - Teamwork", "  - Teamwork - across teams"))
                .write("content/eng/p1.md", LadderFixture.P1.replace("## Teamwork", "## Teamwork - across teams"))
                .write("content/eng/p2.md", LadderFixture.P2.replace("## Teamwork", "## Teamwork - across teams"));

        assertEquals(List.of(), ladder.check());
    }
}
