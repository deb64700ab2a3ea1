package dev.ladder.load;

import dev.ladder.LadderFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Front matter that cannot be split from its body or read as YAML: each reported once, at the line to change. */
class FrontMatterProblemsTest {

    private static final String SECTIONS = """
            ## Delivery

            Ships small tasks.

            ## Teamwork

            Asks for help early.
            """;

    @TempDir
    Path dir;

    private LadderFixture ladder;

    private List<String> checkLevel(String text) {
        ladder = LadderFixture.in(dir).write("content/eng/p1.md", text);
        return ladder.check();
    }

    @Test
    void fileWithoutFrontMatterIsReportedAtItsFirstLine() {
        assertEquals(List.of("content/eng/p1.md:1:1: error: has no front matter: the first line must be '---', "
                        + "followed by fields such as 'title: ...' and another '---' line"),
                checkLevel("# Junior\n\n" + SECTIONS));
    }

    @Test
    void tabAfterTheColonIsNamedAsSuch() {
        // Not "a tab is used for indentation": the line is not indented; the tab separates name and value.
        assertEquals(List.of("content/eng/p1.md:3:7: error: front matter cannot be read: a tab separates 'title:' "
                + "from what follows; use a space instead"), checkLevel(LadderFixture.P1.replace("title: Junior", "title:\tJunior")));
    }

    @Test
    void blankLinesAboveTheFrontMatterAreNamed() {
        assertEquals(List.of("content/eng/p1.md:1:1: error: front matter must start on the first line: remove the "
                + "2 blank lines above the opening '---'"), checkLevel("\n  \n" + LadderFixture.P1));
    }

    @Test
    void frontMatterNeverClosedIsReportedAtTheOpeningFence() {
        assertEquals(List.of("content/eng/p1.md:1:1: error: front matter is never closed: "
                        + "add a line '---' after its last field"),
                checkLevel("---\nlevel: P1\ntitle: Junior\n\n" + SECTIONS));
    }

    /**
     * Each case names the line of the file that has to change, written out so that a wrong line
     * number cannot pass by pointing at a line that merely exists.
     */
    static Stream<Arguments> yamlSyntaxErrors() {
        return Stream.of(
                Arguments.of("colon in a value", """
                                ---
                                level: P1
                                title: Lead: platform
                                ---
                                """, 3, 12, "title: Lead: platform",
                        "front matter cannot be read: there is a ':' where none is expected; put a value that "
                                + "contains ': ' in quotes (title: \"Lead: platform\"), or check the indentation "
                                + "of this line"),
                Arguments.of("line separators that YAML counts but editors do not shift nothing",
                        "---\nlevel: P1\u2028\u0085\nsummary: First\u2029line\ntitle: Lead: platform\n---\n",
                        4, 12, "title: Lead: platform",
                        "front matter cannot be read: there is a ':' where none is expected; put a value that "
                                + "contains ': ' in quotes (title: \"Lead: platform\"), or check the indentation "
                                + "of this line"),
                Arguments.of("quote never closed: the opening quote, not the end of the file", """
                                ---
                                level: P1
                                title: "Junior
                                summary: Early career
                                ---
                                """, 3, 8, "title: \"Junior",
                        "front matter cannot be read: a quote opened here is never closed; add the closing quote "
                                + "on the same line"),
                Arguments.of("line without a colon: that line, not the next", """
                                ---
                                level: P1
                                title Junior
                                summary: Early career
                                ---
                                """, 3, 1, "title Junior",
                        "front matter cannot be read: this line is not a 'key: value' field; write the field "
                                + "name, a colon and a space before the value"),
                Arguments.of("key indented under another", """
                                ---
                                level: P1
                                title: Junior
                                  summary: Early career
                                ---
                                """, 4, 10, "  summary: Early career",
                        "front matter cannot be read: there is a ':' where none is expected; put a value that "
                                + "contains ': ' in quotes (title: \"Lead: platform\"), or check the indentation "
                                + "of this line"),
                Arguments.of("value starting with a reserved character", """
                                ---
                                level: P1
                                title: @junior
                                ---
                                """, 3, 8, "title: @junior",
                        "front matter cannot be read: a value cannot start with this character; put the value "
                                + "in quotes"),
                Arguments.of("value starting with '*'", """
                                ---
                                level: P1
                                title: *star
                                ---
                                """, 3, 8, "title: *star",
                        "front matter cannot be read: a value starts with '*' or '&', which YAML reads as a "
                                + "reference or an anchor; put the value in quotes"),
                Arguments.of("Markdown emphasis in a value: the value's start, not where YAML gave up", """
                                ---
                                level: P1
                                title: **Senior**
                                ---
                                """, 3, 8, "title: **Senior**",
                        "front matter cannot be read: a value starts with '*' or '&', which YAML reads as a "
                                + "reference or an anchor; put the value in quotes"),
                Arguments.of("backslash in double quotes: the letter it escapes", """
                                ---
                                level: P1
                                title: Junior
                                summary: "Runs A\\B tests"
                                ---
                                """, 4, 18, "summary: \"Runs A\\B tests\"",
                        "front matter cannot be read: in double quotes a backslash starts a special character such "
                                + "as \\n; put the value in single quotes instead"),
                Arguments.of("value starting with '>'", """
                                ---
                                level: P1
                                title: Junior
                                summary: > 2 years of experience
                                ---
                                """, 4, 10, "summary: > 2 years of experience",
                        "front matter cannot be read: a value that starts with '|' or '>' continues, indented, on the "
                                + "lines below; to start a value with these characters, put it in quotes"),
                Arguments.of("line starting with '%'", """
                                ---
                                level: P1
                                title: Junior
                                %time: 50
                                ---
                                """, 4, 1, "%time: 50",
                        "front matter cannot be read: a line that starts with '%' is read as a YAML directive; put "
                                + "the value in quotes"),
                Arguments.of("a line starting with '---' that is not the closing fence", """
                                ---
                                level: P1
                                title: Junior
                                --- draft
                                ---
                                """, 4, 1, "--- draft",
                        "front matter cannot be read: a line starting with '---' is read as the start of another "
                                + "block of front matter; end the front matter with a line that is only '---', and "
                                + "put a value that starts with '---' in quotes"),
                Arguments.of("tag with a bad escape: the tag, not the end of the line", """
                                ---
                                level: P1
                                title: !a%zz Junior
                                ---
                                """, 3, 8, "title: !a%zz Junior",
                        "a YAML type tag (a word starting with '!') is not allowed: front matter holds only text, "
                                + "lists and dates; remove the tag"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yamlSyntaxErrors")
    void yamlSyntaxErrorIsReportedAtTheOffendingLineOfTheFile(String name, String text, int line, int column,
                                                               String offendingLine, String message) throws Exception {
        List<String> problems = checkLevel(text + SECTIONS);

        assertEquals(List.of("content/eng/p1.md:" + line + ":" + column + ": error: " + message), problems);
        assertEquals(offendingLine, Files.readAllLines(ladder.path("content/eng/p1.md")).get(line - 1));
    }

    static Stream<Arguments> trackYamlErrors() {
        return Stream.of(
                Arguments.of("list entry indented less than the one above", """
                                ---
                                title: Engineer
                                levels: [P1, P2]
                                competencies:
                                  - Delivery
                                 - Teamwork
                                ---
                                """, 6, 2, " - Teamwork",
                        "front matter cannot be read: the indentation of this line does not match the lines "
                                + "above; fields start at the beginning of the line and list entries are indented "
                                + "the same way"),
                Arguments.of("list with '[' never closed: the bracket's line, not the next field", """
                                ---
                                title: Engineer
                                levels: [P1, P2
                                competencies:
                                  - Delivery
                                  - Teamwork
                                ---
                                """, 3, 9, "levels: [P1, P2",
                        "front matter cannot be read: a list opened here with '[' is not closed with ']', or its "
                                + "entries are not separated by commas"),
                Arguments.of("list entry on the line of its field", """
                                ---
                                title: Engineer
                                levels: - P1
                                competencies: [Delivery, Teamwork]
                                ---
                                """, 3, 9, "levels: - P1",
                        "front matter cannot be read: a list entry ('- ') must start its own line, below its field "
                                + "and indented"),
                Arguments.of("list entry's value missing", """
                                ---
                                title: Engineer
                                levels: [P1, P2]
                                competencies: [Delivery, , Teamwork]
                                ---
                                """, 4, 26, "competencies: [Delivery, , Teamwork]",
                        "front matter cannot be read: a value is missing here, or starts with a character such as "
                                + "',', ']' or '}' and must be put in quotes"),
                Arguments.of("tab used for indentation", "---\ntitle: Engineer\nlevels: [P1, P2]\ncompetencies:\n"
                                + "\t- Delivery\n  - Teamwork\n---\n", 5, 1, "\t- Delivery",
                        "front matter cannot be read: a tab is used for indentation; indent with spaces instead"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trackYamlErrors")
    void yamlSyntaxErrorInATrackIsReportedOnlyThere(String name, String text, int line, int column,
                                                    String offendingLine, String message) throws Exception {
        ladder = LadderFixture.in(dir).write("content/eng/_index.md", text);

        assertEquals(List.of("content/eng/_index.md:" + line + ":" + column + ": error: " + message), ladder.check());
        assertEquals(offendingLine, Files.readAllLines(ladder.path("content/eng/_index.md")).get(line - 1));
    }

    @Test
    void frontMatterThatIsAListIsRefused() {
        assertEquals(List.of("content/eng/p1.md:2:1: error: front matter must be fields written 'key: value', "
                        + "one per line, such as 'title: Senior'; here it is a list"),
                checkLevel("---\n- level: P1\n- title: Junior\n---\n" + SECTIONS));
    }

    @Test
    void frontMatterThatIsASingleValueIsRefused() {
        assertEquals(List.of("content/eng/p1.md:2:1: error: front matter must be fields written 'key: value', "
                        + "one per line, such as 'title: Senior'; here it is a single value"),
                checkLevel("---\nJunior engineer\n---\n" + SECTIONS));
    }

    @Test
    void fieldGivenTwiceIsReportedAtTheSecond() {
        assertEquals(List.of("content/eng/p1.md:4:1: error: field 'title' is given twice (first at line 3); keep one"),
                checkLevel("---\nlevel: P1\ntitle: Junior\ntitle: Senior\n---\n" + SECTIONS));
    }

    @Test
    void emptyFileIsReportedAtLineOne() {
        assertEquals(List.of("content/eng/p1.md:1: error: is empty; a ladder file starts with front matter between "
                + "two '---' lines"), checkLevel(""));
    }

    @Test
    void fileOfBlankLinesIsEmpty() {
        assertEquals(List.of("content/eng/p1.md:1: error: is empty; a ladder file starts with front matter between "
                + "two '---' lines"), checkLevel("\n  \n\t\n"));
    }

    @Test
    void emptyFrontMatterLacksEveryRequiredField() {
        assertEquals(List.of(
                "content/eng/p1.md:1:1: error: missing required field 'level': a level needs a line 'level: ...' "
                        + "between its '---' lines",
                "content/eng/p1.md:1:1: error: missing required field 'title': a level needs a line 'title: ...' "
                        + "between its '---' lines"), checkLevel("---\n---\n" + SECTIONS));
    }

    /** A class whose construction from YAML would be visible: proof that a tag is never acted on. */
    public static final class Tripwire {
        static volatile boolean constructed;

        public Tripwire(String ignored) {
            constructed = true;
        }
    }

    static Stream<Arguments> javaTags() {
        return Stream.of(
                Arguments.of("title: !!java.net.URL [\"http://x\"]", 8),
                Arguments.of("title: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader "
                        + "[[!!java.net.URL [\"http://x\"]]]]", 8),
                Arguments.of("title: !!dev.ladder.load.FrontMatterProblemsTest$Tripwire [\"x\"]", 8),
                Arguments.of("title: !<tag:yaml.org,2002:java.io.File> /etc/passwd", 8),
                Arguments.of("title: !!binary SnVuaW9y", 8),
                Arguments.of("title: !local Junior", 8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("javaTags")
    void yamlTagIsRefusedAndNeverActedOn(String titleLine, int column) {
        Tripwire.constructed = false;

        assertEquals(List.of("content/eng/p1.md:3:" + column + ": error: a YAML type tag (a word starting with "
                        + "'!') is not allowed: front matter holds only text, lists and dates; remove the tag"),
                checkLevel("---\nlevel: P1\n" + titleLine + "\n---\n" + SECTIONS));
        assertFalse(Tripwire.constructed, "the tag's class was constructed");
    }

    @Test
    void malformedTagIsRefusedAtItsExclamationMark() {
        // SnakeYAML throws outside its own exceptions for this one; it must still be a plain problem.
        assertEquals(List.of("content/eng/p1.md:3:8: error: a YAML type tag (a word starting with '!') is not "
                        + "allowed: front matter holds only text, lists and dates; remove the tag"),
                checkLevel("---\nlevel: P1\ntitle: !a]%0\n---\n" + SECTIONS));
    }

    @Test
    void mergeKeyIsRefused() {
        assertEquals(List.of("content/eng/p1.md:4:1: error: '<<' (a YAML merge key) is not allowed: write each "
                        + "field out"),
                checkLevel("---\nlevel: P1\nbase: &b {title: Junior}\n<<: *b\n---\n" + SECTIONS));
    }

    @Test
    void controlCharacterIsReportedWhereItIs() {
        assertEquals(List.of("content/eng/p1.md:3:11: error: front matter contains an invisible control character "
                        + "(U+0000); delete it"),
                checkLevel("---\nlevel: P1\ntitle: Jun\u0000ior\n---\n" + SECTIONS));
    }

    @Test
    void keyThatIsNotAWordIsRefused() {
        assertEquals(List.of("content/eng/p1.md:4:3: error: a front-matter key must be a plain word such as 'title'"),
                checkLevel("---\nlevel: P1\ntitle: Junior\n? [a, b]\n: c\n---\n" + SECTIONS));
    }

    @Test
    void tagInsideAListIsRefusedAtItsEntry() {
        ladder = LadderFixture.in(dir).write("content/eng/_index.md", """
                ---
                title: Engineer
                levels: [P1, !!java.lang.ProcessBuilder [rm]]
                competencies: [Delivery, Teamwork]
                ---
                """);

        assertEquals(List.of("content/eng/_index.md:3:14: error: a YAML type tag (a word starting with '!') is not "
                + "allowed: front matter holds only text, lists and dates; remove the tag"), ladder.check());
    }

    @Test
    void billionLaughsIsRefusedBeforeItGrows() {
        StringBuilder yaml = new StringBuilder("---\nlevel: P1\ntitle: Junior\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char name = 'b'; name <= 'z'; name++) {
            String previous = "*" + (char) (name - 1);
            yaml.append(name).append(": &").append(name).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, previous))).append("]\n");
        }
        String text = yaml.append("---\n").append(SECTIONS).toString();

        // A hang guard, not a performance assertion: expanded, these aliases would never finish.
        List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> checkLevel(text));

        assertEquals(List.of("content/eng/p1.md:2: error: front matter uses too many YAML aliases ('*name'); "
                + "write the values out instead"), problems);
    }

    @Test
    void deeplyNestedValueIsRefused() {
        String text = "---\nlevel: P1\ntitle: " + "[".repeat(500) + "]".repeat(500) + "\n---\n" + SECTIONS;

        List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> checkLevel(text));

        assertEquals(List.of("content/eng/p1.md:2: error: front matter is nested too deeply; fields hold text, "
                + "lists and dates only"), problems);
    }

    @Test
    void hugeFrontMatterIsRefused() {
        String text = "---\nlevel: P1\ntitle: Junior\nsummary: " + "x".repeat(300_000) + "\n---\n" + SECTIONS;

        assertEquals(List.of("content/eng/p1.md:2: error: front matter is too large; keep long text in the "
                + "Markdown body"), checkLevel(text));
    }
}
