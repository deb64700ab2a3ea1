package dev.ladder.problem;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProblemReportTest {

    private static final Path BASE = Path.of("/project");
    private static final Path X = BASE.resolve("content/x.md");

    private static ProblemReport report(Problem... problems) {
        return new ProblemReport(List.of(problems), BASE);
    }

    @Test
    void linesLeaveOutWhatIsUnknownAsCompilersDo() {
        assertEquals(List.of(
                "content/x.md:3:5: error: field 'titel' is unknown",
                "content/x.md:3: warning: section '## Delivery' is empty",
                "content/x.md: error: cannot be read",
                "error: the build failed"), report(
                Problem.error(X, 3, 5, "field 'titel' is unknown"),
                Problem.warning(X, 3, 0, "section '## Delivery' is empty"),
                Problem.error(X, 0, 7, "cannot be read"),
                Problem.error(null, 4, 2, "the build failed")).lines());
    }

    @Test
    void fileOutsideTheBaseIsShownInFull() {
        assertEquals(List.of("/elsewhere/templates/x.ftlh:2: error: broken"),
                report(Problem.error(Path.of("/elsewhere/templates/x.ftlh"), 2, 0, "broken")).lines());
    }

    @Test
    void githubCommandsCarryFileLineAndColumn() {
        assertEquals(List.of(
                "::error file=content/x.md,line=3,col=5::field 'titel' is unknown",
                "::warning file=content/x.md,line=3::section '## Delivery' is empty",
                "::error file=content/x.md::cannot be read",
                "::error::the build failed"), report(
                Problem.error(X, 3, 5, "field 'titel' is unknown"),
                Problem.warning(X, 3, 0, "section '## Delivery' is empty"),
                Problem.error(X, 0, 0, "cannot be read"),
                Problem.error(null, 0, 0, "the build failed")).githubCommands());
    }

    @Test
    void githubMessagesEscapePercentAndShowLineBreaksAsEscapes() {
        // Commas and colons end nothing in the message, so only properties escape them. A line break
        // never reaches the command: a problem writes it as a visible escape (issue 17, finding 10).
        assertEquals(List.of("::error file=content/x.md,line=1::100%25 sure: a, b\\rc\\nd"),
                report(Problem.error(X, 1, 0, "100% sure: a, b\rc\nd")).githubCommands());
    }

    @Test
    void githubPropertiesAlsoEscapeCommaAndColon() {
        Path odd = BASE.resolve("content/a,b:c%d.md");

        assertEquals(List.of("::error file=content/a%2Cb%3Ac%25d.md,line=2,col=1::bad"),
                report(Problem.error(odd, 2, 1, "bad")).githubCommands());
    }

    @Test
    void jsonHasCountsAndOneObjectPerProblem() {
        String json = report(
                Problem.error(X, 3, 5, "field \"titel\" is unknown"),
                Problem.warning(null, 0, 0, "no tracks")).json();

        assertEquals("""
                {
                  "errors" : 1,
                  "warnings" : 1,
                  "problems" : [ {
                    "file" : "content/x.md",
                    "line" : 3,
                    "column" : 5,
                    "severity" : "error",
                    "message" : "field \\"titel\\" is unknown"
                  }, {
                    "file" : null,
                    "line" : 0,
                    "column" : 0,
                    "severity" : "warning",
                    "message" : "no tracks"
                  } ]
                }
                """, json);
    }

    @Test
    void gitlabCodeQualityPlacesEachProblemAtItsFileAndLine() {
        String json = report(
                Problem.error(X, 3, 5, "field 'titel' is unknown"),
                Problem.warning(X, 0, 0, "section is empty"),
                Problem.warning(null, 0, 0, "no tracks")).gitlabCodeQuality();

        assertEquals("""
                [ {
                  "description" : "field 'titel' is unknown",
                  "check_name" : "ladder",
                  "fingerprint" : "%s",
                  "severity" : "major",
                  "location" : {
                    "path" : "content/x.md",
                    "lines" : {
                      "begin" : 3
                    }
                  }
                }, {
                  "description" : "section is empty",
                  "check_name" : "ladder",
                  "fingerprint" : "%s",
                  "severity" : "minor",
                  "location" : {
                    "path" : "content/x.md",
                    "lines" : {
                      "begin" : 1
                    }
                  }
                } ]
                """.formatted(sha256("content/x.md:3:5: error: field 'titel' is unknown"),
                sha256("content/x.md: warning: section is empty")), json);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void jsonOfNoProblems() {
        assertEquals("""
                {
                  "errors" : 0,
                  "warnings" : 0,
                  "problems" : [ ]
                }
                """, report().json());
    }

    @Test
    void problemsAreSortedByFileLineAndColumnWithoutRepeats() {
        Problems problems = new Problems();
        Path a = BASE.resolve("content/a.md");
        problems.error(X, 2, 1, "b");
        problems.error(a, 10, 1, "late");
        problems.warning(a, 2, 9, "right");
        problems.error(a, 2, 3, "left");
        problems.error(X, 2, 1, "b");
        problems.error(null, 0, "whole build");

        assertEquals(List.of(
                "error: whole build",
                "content/a.md:2:3: error: left",
                "content/a.md:2:9: warning: right",
                "content/a.md:10:1: error: late",
                "content/x.md:2:1: error: b"), new ProblemReport(problems.sorted(), BASE).lines());
        assertEquals(4, problems.errorCount());
        assertEquals(1, problems.warningCount());
    }
}
