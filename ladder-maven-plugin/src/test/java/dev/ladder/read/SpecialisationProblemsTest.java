package dev.ladder.read;

import dev.ladder.BuildResult;
import dev.ladder.LadderFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.ladder.LadderFixture.P1;
import static dev.ladder.LadderFixture.Q1;
import static dev.ladder.LadderFixture.QA_TRACK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** What a specialisation (a track with 'extends') must say, and the one message for each way it can be wrong. */
class SpecialisationProblemsTest {

    private static final String QA = "content/qa/_index.md";

    @TempDir
    Path dir;

    private LadderFixture ladder() {
        return LadderFixture.in(dir).withSpecialisation();
    }

    @Test
    void aSoundSpecialisationHasNoProblems() {
        assertEquals(List.of(), ladder().check());
    }

    @Test
    void extendingATrackThatDoesNotExistSuggestsTheNearestFolder() {
        assertNothingWritten(ladder().write(QA, QA_TRACK.replace("extends: eng", "extends: engg")),
                "content/qa/_index.md:3:10: error: 'extends' names the track 'engg', but there is no track folder "
                        + "of that name (did you mean 'eng'?); the tracks are: eng");
    }

    @Test
    void anEmptyExtendsIsOneMessageNotOnePerInheritedSection() {
        assertNothingWritten(ladder().write(QA, QA_TRACK.replace("extends: eng", "extends:")),
                "content/qa/_index.md:3:1: error: field 'extends' is empty; give it a value or remove the line");
    }

    @Test
    void aTrackCannotExtendItself() {
        assertNothingWritten(ladder().write(QA, QA_TRACK.replace("extends: eng", "extends: qa")),
                "content/qa/_index.md:3:10: error: a track cannot extend itself: 'extends' names the track this one "
                        + "specialises, such as 'extends: eng'; remove the line if the track stands on its own");
    }

    @Test
    void aCircleOfTracksIsOneMessageNamingEveryTrackInOrder() {
        LadderFixture ladder = ladder().withOperationsTrack()
                .write("content/eng/_index.md", LadderFixture.TRACK.replace("title: Engineer\n",
                        "title: Engineer\nextends: ops\n"))
                .write("content/ops/_index.md", """
                        ---
                        title: Site Reliability Engineer
                        extends: qa
                        levels: [S1]
                        competencies: [Delivery]
                        ---
                        """);

        assertNothingWritten(ladder, "content/eng/_index.md:3:10: error: these tracks extend each other in a "
                + "circle: eng extends ops extends qa extends eng; a chain of specialisations must end in a track "
                + "that extends none, so remove 'extends' from one of them");
    }

    @Test
    void aBaseLevelTheBaseTrackDoesNotHaveSuggestsTheNearestCode() {
        assertNothingWritten(ladder().write("content/qa/q1.md", Q1.replace("title: Junior QA\n",
                        "title: Junior QA\nbase: p2\n")),
                "content/qa/q1.md:4:7: error: 'base' names level 'p2', which is not a level of eng (did you mean "
                        + "'P2'?); its levels are: P1, P2");
    }

    @Test
    void aBaseLevelInATrackThatExtendsNoneIsAnError() {
        assertNothingWritten(ladder().write("content/eng/p1.md", P1.replace("title: Junior\n",
                        "title: Junior\nbase: P1\n")),
                "content/eng/p1.md:4:7: error: 'base' names the level this one builds on in the track it extends, "
                        + "but eng/_index.md has no 'extends'; remove the line, or add 'extends: <track folder>' to "
                        + "the track's _index.md");
    }

    @Test
    void omittingACompetencyTheBaseDoesNotHaveListsItsCompetencies() {
        assertNothingWritten(ladder().write(QA, QA_TRACK.replace("  - Teamwork\n", "  - Teamwork\nomit: [Mentoring]\n")),
                "content/qa/_index.md:9:8: error: 'omit' names 'Mentoring', which is not a competency of eng; its "
                        + "competencies are: Delivery, Teamwork");
    }

    @Test
    void omittingACompetencyTheTrackAlsoListsIsAnError() {
        assertNothingWritten(ladder().write(QA, QA_TRACK.replace("  - Teamwork\n", "  - Teamwork\nomit: [teamwork]\n")),
                "content/qa/_index.md:9:8: error: 'teamwork' is both listed in 'competencies' and named in 'omit'; "
                        + "keep it in one of them");
    }

    @Test
    void omitInATrackThatExtendsNoneIsAnError() {
        assertNothingWritten(ladder().write("content/eng/_index.md", LadderFixture.TRACK.replace("  - Teamwork\n",
                        "  - Teamwork\nomit: [Teamwork]\n")),
                "content/eng/_index.md:7:7: error: 'omit' leaves out competencies of the track this one extends, "
                        + "but this track has no 'extends'; add 'extends: <track folder>' or remove 'omit'");
    }

    @Test
    void aBaseCompetencyNeitherListedNorOmittedIsAnError() {
        assertNothingWritten(ladder().write(QA, QA_TRACK.replace("  - Teamwork\n", "")),
                "content/qa/_index.md:5:1: error: competency 'Teamwork' of eng is missing from 'competencies': list "
                        + "it to inherit it, or name it in 'omit' to leave it out of this track");
    }

    @Test
    void anOmittedCompetencyIsNeitherInheritedNorShown() {
        LadderFixture ladder = ladder().write(QA, QA_TRACK.replace("  - Teamwork\n", "omit: [Teamwork]\n"));

        BuildResult result = ladder.build();

        assertEquals(List.of(), ladder.lines(result));
        assertFalse(ladder.page("qa/q1.html").contains("Teamwork"));
    }

    @Test
    void aLevelThatDoesNotWriteACompetencyTheBaseLacksIsToldWhy() {
        assertNothingWritten(ladder().write("content/qa/q1.md", Q1.replace("## Testing\n\nWrites test cases.\n", "")),
                "content/qa/q1.md:4: error: missing section '## Testing': eng, the track this one extends, has no "
                        + "such competency to inherit, so every level of qa describes it");
    }

    @Test
    void levelCountsThatDifferNeedABaseOnEveryLevelThatNamesNone() {
        LadderFixture ladder = ladder().write(QA, QA_TRACK.replace("[Q1, Q2]", "[Q1, Q2, Q3]"))
                .write("content/qa/q3.md", Q1.replace("Q1", "Q3").replace("title: Junior QA\n",
                        "title: Lead QA\nbase: P2\n"));

        assertNothingWritten(ladder,
                "content/qa/q1.md:2:8: error: level 'Q1' does not say which level of eng it builds on: qa has 3 "
                        + "levels and eng has 2, so they cannot be paired in order; add a line such as 'base: P1' "
                        + "below 'level:' (one of P1, P2)",
                "content/qa/q2.md:2:8: error: level 'Q2' does not say which level of eng it builds on: qa has 3 "
                        + "levels and eng has 2, so they cannot be paired in order; add a line such as 'base: P2' "
                        + "below 'level:' (one of P1, P2)");
    }

    private static void assertNothingWritten(LadderFixture ladder, String... problems) {
        BuildResult result = ladder.build();
        assertEquals(List.of(problems), ladder.lines(result));
        assertFalse(result.written(), "a ladder with these problems was written");
        assertFalse(ladder.exists("site"), "a site was written");
    }
}
