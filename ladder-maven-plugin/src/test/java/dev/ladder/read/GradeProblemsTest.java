package dev.ladder.read;

import dev.ladder.BuildResult;
import dev.ladder.LadderFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.ladder.LadderFixture.engineeringLevel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The home page's {@code grades:} and each level's {@code grade:}: every rule, with its exact message. */
class GradeProblemsTest {

    /** Three grades; the entries are on lines 4 to 6, each at column 5. */
    private static final String GRADES = "grades:\n  - G1: Associate\n  - G2: Intermediate\n  - G3\n";

    @TempDir
    Path project;

    private LadderFixture ladder;

    @BeforeEach
    void ladder() {
        ladder = LadderFixture.engineering(project);
    }

    private void home(String frontMatter) {
        ladder.write("content/_index.md", "---\ntitle: Test Ladder\n" + frontMatter + "---\nWhat we expect.\n");
    }

    /** Writes level E1, E2 or E3 of the engineering track with the given grade line ({@code ""} for none). */
    private void level(int number, String gradeLine) {
        String[] titles = {"Junior", "Mid", "Senior"};
        ladder.write("content/engineering/e" + number + ".md", engineeringLevel("E" + number, titles[number - 1],
                gradeLine, "- Ships work at level " + number + ".", "- Designs at level " + number + "."));
    }

    private void graded(String e1, String e2, String e3) {
        level(1, "grade: " + e1 + "\n");
        level(2, "grade: " + e2 + "\n");
        level(3, "grade: " + e3 + "\n");
    }

    private String refused() {
        BuildResult result = ladder.build();
        assertFalse(result.written(), "a ladder with a grade problem must not be written");
        return ladder.text(result);
    }

    @Test
    void gradesWithAndWithoutNamesAreAccepted() {
        home(GRADES);
        graded("G1", "G2", "G2");

        BuildResult result = ladder.build();

        assertEquals("", ladder.text(result));
        assertTrue(result.written());
    }

    @Test
    void aGradeThatIsNotDeclaredIsRefusedWithTheNearestDeclaredOne() {
        home(GRADES);
        graded("G1", "g2", "G3");

        assertEquals("content/engineering/e2.md:4:8: error: grade 'g2' is not declared in the home page's 'grades' "
                + "(did you mean 'G2'?), which lists G1, G2, G3; fix it here or add it there", refused());
    }

    @Test
    void aGradeFarFromAnyDeclaredOneGetsNoSuggestion() {
        home(GRADES);
        graded("G1", "G2", "Principal");

        assertEquals("content/engineering/e3.md:4:8: error: grade 'Principal' is not declared in the home page's "
                + "'grades', which lists G1, G2, G3; fix it here or add it there", refused());
    }

    @Test
    void gradesThatGoDownAsTheLevelsGoUpAreRefusedOncePerStepDown() {
        home(GRADES);
        graded("G2", "G1", "G3");

        assertEquals("content/engineering/e2.md:4:8: error: grade 'G1' of E2 is lower than grade 'G2' of E1, the "
                + "level below it; grades go up with the levels of a track, so give E2 grade G2 or higher, or lower "
                + "E1's", refused());
    }

    @Test
    void aGradeWithoutDeclaredGradesIsOneErrorAtTheFirstLevelThatGivesOne() {
        graded("G1", "G2", "G3");

        assertEquals("content/engineering/e1.md:4:8: error: grade 'G1' is given here and in 2 other levels, but the "
                + "home page (_index.md) declares no 'grades'; declare them there, lowest first, or remove the "
                + "'grade:' lines", refused());
    }

    @Test
    void aSingleGradeWithoutDeclaredGradesSaysSo() {
        level(2, "grade: G2\n");

        assertEquals("content/engineering/e2.md:4:8: error: grade 'G2' is given, but the home page (_index.md) "
                + "declares no 'grades'; declare them there, lowest first, or remove the 'grade:' lines", refused());
    }

    @Test
    void aGradeDeclaredTwiceIsRefusedWhateverItsCase() {
        home("grades:\n  - G1\n  - G2: Intermediate\n  - g1: Again\n");
        graded("G1", "G2", "G2");

        assertEquals("content/_index.md:6:5: error: grade 'g1' is declared twice in 'grades' (first at line 4, as "
                + "'G1'); keep one", refused());
    }

    @Test
    void malformedEntriesAreEachReportedAndLevelsAreNotCheckedAgainstThem() {
        home("grades:\n  - [G1, G2]\n  - G2:\n  - Grade 3\n  - G4: Lead\n    G5: Staff\n");
        graded("G1", "G2", "G3");

        assertEquals(String.join("\n",
                "content/_index.md:4:5: error: a grade must be an id, such as '- G5', or an id and its name, such "
                        + "as '- G5: Senior'",
                "content/_index.md:5:8: error: grade 'G2' has no name after its colon; write the name, such as "
                        + "'- G2: Senior', or remove the colon",
                "content/_index.md:6:5: error: grade id 'Grade 3' cannot be part of a web address; use letters, "
                        + "digits, '-' and '_' only, such as 'G5', and put words in its name",
                "content/_index.md:7:5: error: a grade must be an id, such as '- G5', or an id and its name, such "
                        + "as '- G5: Senior'"), refused());
    }

    @Test
    void gradesThatAreNotAListAreReportedOnce() {
        home("grades: G1\n");
        graded("G1", "G2", "G3");

        assertEquals("content/_index.md:3:9: error: field 'grades' must be a list with one '- entry' per line, but "
                + "is text", refused());
    }

    @Test
    void anEmptyListOfGradesIsRefused() {
        home("grades: []\n");
        graded("G1", "G2", "G3");

        assertEquals("content/_index.md:3:9: error: 'grades' lists no grade; list them lowest first, one "
                + "'- G1: Name' per line, or remove the field", refused());
    }

    @Test
    void levelsWithoutAGradeAreOneWarningThatNamesThemAndTheSiteIsStillWritten() {
        home(GRADES);
        level(1, "grade: G1\n");

        BuildResult result = ladder.build();

        assertTrue(result.written(), "levels without a grade are a warning, not an error");
        assertEquals("content/_index.md:3:1: warning: 2 levels have no grade, so the grade grid leaves them out: "
                + "engineering/e2.md (E2), engineering/e3.md (E3); give each a 'grade:' line", ladder.text(result));
    }

    @Test
    void aComparePageAcrossTracksMayNotTakeTheNameOfAnotherPage() {
        home(GRADES);
        ladder.withOperationsTrack().write("content/ops/s1.md", """
                ---
                level: S1
                title: Associate
                grade: G1
                ---
                ## Delivery

                Keeps the lights on.
                """);
        level(1, "grade: G1\n");
        level(2, "grade: G2\naliases: [compare-e1-with-ops-s1]\n");
        level(3, "grade: G3\n");

        assertEquals("content/ops/s1.md: error: the page comparing E1 of Engineering with S1 of Site Reliability "
                + "Engineer would be engineering/compare-e1-with-ops-s1.html, which is an old address of E2 already; "
                + "rename s1.md or the ops/ folder so that the names differ", refused());
    }
}
