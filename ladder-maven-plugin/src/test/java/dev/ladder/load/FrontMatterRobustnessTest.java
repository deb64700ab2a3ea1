package dev.ladder.load;

import dev.ladder.problem.Problem;
import dev.ladder.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever an editor types between the fences, the parser answers with problems, never an exception,
 * and each problem is a printable line that points inside the file.
 */
class FrontMatterRobustnessTest {

    private static final Path FILE = Path.of("/ladder/content/eng/p1.md");
    /** YAML's special characters and the fragments that once made SnakeYAML throw or garble a message. */
    private static final String[] FRAGMENTS = {"-", ":", "[", "]", "{", "}", "&", "*", "!", "!!", "|", ">", "'", "\"",
            "#", "%", "%0", "@", "`", ",", "?", "\n", "\t", " ", "title", "0", "\\", "~", "<<", "=", "\n  ", "\n- ",
            ": ", "|-", ">+", "%YAML", "\u0085", "\u2028", "\u00e9", "...", "\u0000", "\r", "\uFEFF"};

    private static void assertParsedCleanly(String text) {
        Problems problems = new Problems();
        // As SourceReader hands it over: without BOM, with LF line ends.
        String normalised = SourceReader.normalise(text);
        assertDoesNotThrow(() -> FrontMatterParser.parse(new SourceText(FILE, normalised), problems), text);
        long lines = normalised.split("\n", -1).length;
        for (Problem problem : problems.sorted()) {
            String message = problem.message();
            String where = "for input \"" + text + "\": " + message;
            assertFalse(message.chars().anyMatch(Character::isISOControl), "control character in message " + where);
            assertFalse(message.contains("Exception") || message.contains("java."), "Java names in message " + where);
            assertTrue(problem.line() >= 1 && problem.line() <= Math.max(lines, 1), "line outside the file " + where);
            assertTrue(problem.column() >= 0, where);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"!%0", "!a]%0", "!%", "title: !a%", "!\n!%YAML\u00e9", "*%&\n  %YAML", "%YAML 0\n  }",
            "title: \"\u0000\"", "? [a]\n: b", "?\n?", ": x", "<<: {a: 1}", "title: !!!", "[\n", "{"})
    void knownTroublesomeInputs(String yaml) {
        assertParsedCleanly("---\n" + yaml + "\n---\nBody.\n");
    }

    @Test
    void randomFrontMatter() {
        Random random = new Random(20260105); // fixed: a failure names its input and can be replayed
        for (int i = 0; i < 20_000; i++) {
            StringBuilder yaml = new StringBuilder();
            for (int n = 1 + random.nextInt(12); n > 0; n--) {
                yaml.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            }
            assertParsedCleanly("---\n" + yaml + "\n---\nBody.\n");
        }
    }
}
