package dev.ladder.hardening;

import dev.ladder.LadderFixture;
import dev.ladder.SiteGenerator;
import dev.ladder.problem.LogText;
import dev.ladder.problem.ProblemReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Finding 10 of issue 17: a YAML key or a file name holding a line break printed a second log line,
 * which GitHub Actions reads as a workflow command ({@code ::warning file=pom.xml::INJECTED}). Every
 * control character is now escaped in each way problems are shown.
 */
class LogInjectionTest {

    private static final String INJECTED = "\n::warning file=pom.xml::INJECTED";

    @TempDir
    Path dir;

    private static void oneLineEach(List<String> lines) {
        for (String line : lines) {
            assertFalse(line.chars().anyMatch(Character::isISOControl), "a control character in: " + line);
            assertFalse(line.contains("\u2028"), line);
        }
    }

    @Test
    void aLineBreakInAYamlKeyStaysInItsLine() {
        LadderFixture ladder = LadderFixture.in(dir).write("content/eng/p1.md",
                LadderFixture.P1.replace("title: Junior\n", "title: Junior\n\"zz" + INJECTED.replace("\n", "\\n") + "\": 1\n"));
        ProblemReport report = new ProblemReport(SiteGenerator.check(ladder.options()).problems(), ladder.root());

        assertEquals(1, report.lines().size(), String.join("\n", report.lines()));
        assertTrue(report.lines().get(0).contains("zz\\n::warning file=pom.xml::INJECTED"), report.lines().get(0));
        oneLineEach(report.lines());
        oneLineEach(report.githubCommands());
        assertFalse(report.githubCommands().get(0).contains("\n"));
    }

    @Test
    void aLineBreakInAFileNameStaysInItsLine() throws IOException {
        LadderFixture ladder = LadderFixture.in(dir);
        Files.writeString(ladder.path("content/eng/x" + INJECTED.replace("/", "_") + "\u001b[31m.md"), LadderFixture.P2);
        ProblemReport report = new ProblemReport(SiteGenerator.check(ladder.options()).problems(), ladder.root());

        assertEquals(1, report.lines().size(), String.join("|", report.lines()));
        assertTrue(report.lines().get(0).startsWith("content/eng/x\\n::warning file=pom.xml::INJECTED\\u001b[31m.md: error:"),
                report.lines().get(0));
        oneLineEach(report.lines());
        oneLineEach(report.githubCommands());
    }

    @Test
    void everyControlCharacterIsWrittenAsAVisibleEscape() {
        assertEquals("a\\nb\\rc\\td\\u001be\\u0085f\\u2028g\\u202eh", LogText.escape("a\nb\rc\td\u001be\u0085f\u2028g\u202eh"));
        assertEquals("plain: text", LogText.escape("plain: text"));
    }
}
