package dev.ladder.read;

import dev.ladder.LadderFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Front matter that is valid YAML but not what a home page, track or level may hold. */
class FrontMatterSchemaProblemsTest {

    private static final String TRACK_KEYS = "a track may have: title, family, summary, levels, competencies, extends, omit";

    @TempDir
    Path dir;

    private List<String> check(String file, String text) {
        return LadderFixture.in(dir).write(file, text).check();
    }

    @Test
    void missingRequiredFieldIsReportedAtTheOpeningFence() {
        assertEquals(List.of("content/eng/p1.md:1:1: error: missing required field 'title': a level needs a line "
                        + "'title: ...' between its '---' lines"),
                check("content/eng/p1.md", LadderFixture.P1.replace("title: Junior\n", "")));
    }

    @Test
    void missingTitleOfTheHomePage() {
        assertEquals(List.of("content/_index.md:1:1: error: missing required field 'title': the home page needs a "
                        + "line 'title: ...' between its '---' lines"),
                check("content/_index.md", "---\norganisation: Example\n---\nIntro.\n"));
    }

    @Test
    void missingLevelsOfATrackIsTheOnlyProblem() {
        // Without the list, the level files cannot be checked against it: nothing more is said about them.
        assertEquals(List.of("content/eng/_index.md:1:1: error: missing required field 'levels': a track needs a "
                        + "line 'levels: ...' between its '---' lines"),
                check("content/eng/_index.md", LadderFixture.TRACK.replace("levels: [P1, P2]\n", "")));
    }

    @Test
    void levelFileWithoutItsCodeDoesNotAlsoLeaveItsLevelWithoutAFile() {
        assertEquals(List.of("content/eng/p2.md:1:1: error: missing required field 'level': a level needs a line "
                        + "'level: ...' between its '---' lines"),
                check("content/eng/p2.md", LadderFixture.P2.replace("level: P2\n", "")));
    }

    @Test
    void misspeltKeyGetsDidYouMeanInsteadOfAMissingField() {
        assertEquals(List.of("content/eng/p1.md:3:1: error: unknown field 'titel' (did you mean 'title'?); "
                        + "a level may have: level, title, summary, aliases, grade, base"),
                check("content/eng/p1.md", LadderFixture.P1.replace("title:", "titel:")));
    }

    @Test
    void misspeltCompetenciesIsReportedOnceNotInEverySection() {
        assertEquals(List.of("content/eng/_index.md:4:1: error: unknown field 'competences' (did you mean "
                        + "'competencies'?); " + TRACK_KEYS),
                check("content/eng/_index.md", LadderFixture.TRACK.replace("competencies:", "competences:")));
    }

    @Test
    void unknownKeyFarFromAnyGetsNoGuess() {
        assertEquals(List.of("content/eng/_index.md:2:1: error: unknown field 'owner'; " + TRACK_KEYS),
                check("content/eng/_index.md", LadderFixture.TRACK.replace("---\ntitle", "---\nowner: Ana\ntitle")));
    }

    @Test
    void textWhereAListIsNeededSaysWhichTypeIsExpected() {
        assertEquals(List.of("content/eng/_index.md:3:9: error: field 'levels' must be a list, such as [P1, P2] or "
                        + "one '- item' per line, but is text"),
                check("content/eng/_index.md", LadderFixture.TRACK.replace("[P1, P2]", "P1, P2")));
    }

    @Test
    void listWhereTextIsNeededSaysWhichTypeIsExpected() {
        assertEquals(List.of("content/eng/p1.md:3:8: error: field 'title' must be text, but is a list"),
                check("content/eng/p1.md", LadderFixture.P1.replace("title: Junior", "title: [Junior, Trainee]")));
    }

    @Test
    void groupOfFieldsWhereADateIsNeeded() {
        assertEquals(List.of("content/_index.md:4:3: error: field 'effective' must be a date written YYYY-MM-DD, "
                        + "but is a group of fields"),
                check("content/_index.md", "---\ntitle: Ladder\neffective:\n  from: 2026-01-05\n---\n"));
    }

    @Test
    void dateThatIsNotOnTheCalendar() {
        assertEquals(List.of("content/_index.md:3:12: error: field 'effective' must be a date written YYYY-MM-DD, "
                        + "but is '2026-02-30'"),
                check("content/_index.md", "---\ntitle: Ladder\neffective: 2026-02-30\n---\n"));
    }

    @Test
    void dateWrittenInWords() {
        assertEquals(List.of("content/_index.md:3:12: error: field 'effective' must be a date written YYYY-MM-DD, "
                        + "but is '5 January 2026'"),
                check("content/_index.md", "---\ntitle: Ladder\neffective: 5 January 2026\n---\n"));
    }

    @Test
    void validDateIsAccepted() {
        assertEquals(List.of(), check("content/_index.md", "---\ntitle: Ladder\neffective: 2026-01-05\n---\n"));
    }

    @Test
    void fieldWithoutAValue() {
        assertEquals(List.of("content/eng/p1.md:3:1: error: field 'title' is empty; give it a value or remove "
                        + "the line"),
                check("content/eng/p1.md", LadderFixture.P1.replace("title: Junior", "title:")));
    }

    @Test
    void fieldWithABlankValue() {
        assertEquals(List.of("content/eng/p1.md:3:1: error: field 'title' is empty; give it a value or remove "
                        + "the line"),
                check("content/eng/p1.md", LadderFixture.P1.replace("title: Junior", "title: \"  \"")));
    }

    @Test
    void listEntryThatIsNotAWordOrPhraseIsReportedOnce() {
        assertEquals(List.of("content/eng/_index.md:5:5: error: each entry of 'competencies' must be a single word "
                        + "or phrase"),
                check("content/eng/_index.md", LadderFixture.TRACK.replace("- Delivery", "- Delivery: fast")));
    }

    @Test
    void emptyList() {
        assertEquals(List.of("content/eng/_index.md:3:1: error: field 'levels' must list at least one entry"),
                check("content/eng/_index.md", LadderFixture.TRACK.replace("[P1, P2]", "[]")));
    }
}
