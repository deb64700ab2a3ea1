package dev.ladder;

import dev.ladder.problem.Problem;
import dev.ladder.problem.ProblemReport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A minimal valid ladder in a test's folder: a home page and one track, {@code eng}, with two levels
 * (P1 in {@code p1.md}, P2 in {@code p2.md}) and two competencies (Delivery, Teamwork). A test breaks
 * it by replacing or deleting one file, so each test shows only the input it is about.
 */
public final class LadderFixture {

    public static final String HOME = """
            ---
            title: Test Ladder
            ---
            A ladder for tests.
            """;

    public static final String TRACK = """
            ---
            title: Engineer
            levels: [P1, P2]
            competencies:
              - Delivery
              - Teamwork
            ---
            What engineers do.
            """;

    public static final String P1 = """
            ---
            level: P1
            title: Junior
            ---
            Learning the ropes.

            ## Delivery

            Ships small tasks.

            ## Teamwork

            Asks for help early.
            """;

    public static final String P2 = """
            ---
            level: P2
            title: Mid
            ---
            Works on their own.

            ## Delivery

            Ships whole features.

            ## Teamwork

            Reviews others' work.
            """;

    /** A qualified name of the JDK or of a library the engine uses, such as java.io.IOException. */
    private static final Pattern JAVA_NAME = Pattern.compile(
            "\\b(java|javax|sun|jdk|org\\.yaml|org\\.commonmark|freemarker|com\\.fasterxml|dev\\.ladder)\\.[a-z]");

    private final Path root;

    private LadderFixture(Path root) {
        this.root = root;
    }

    /** Writes the valid ladder under {@code dir/content}. */
    public static LadderFixture in(Path dir) {
        return new LadderFixture(dir.toAbsolutePath().normalize())
                .write("content/_index.md", HOME)
                .write("content/eng/_index.md", TRACK)
                .write("content/eng/p1.md", P1)
                .write("content/eng/p2.md", P2);
    }

    /**
     * A ladder whose track has a family and a summary and whose levels have summaries: track {@code eng}
     * with L1 ({@code l1.md}) and L2 ({@code l2.md}), competencies Delivery and Collaboration. For tests
     * of what pages show.
     */
    public static LadderFixture summarised(Path dir) {
        return new LadderFixture(dir.toAbsolutePath().normalize())
                .write("content/_index.md", """
                        ---
                        title: Test Ladder
                        ---
                        What we expect of engineers.
                        """)
                .write("content/eng/_index.md", """
                        ---
                        title: Engineer
                        family: Engineering
                        summary: Builds software.
                        levels: [L1, L2]
                        competencies: [Delivery, Collaboration]
                        ---
                        The engineering track.
                        """)
                .write("content/eng/l1.md", """
                        ---
                        level: L1
                        title: Junior
                        summary: Delivers small tasks with guidance.
                        ---
                        ## Delivery

                        Ships small tasks.

                        ## Collaboration

                        Asks for help early.
                        """)
                .write("content/eng/l2.md", """
                        ---
                        level: L2
                        title: Mid
                        summary: Delivers features on their own.
                        ---
                        ## Delivery

                        Ships whole features.

                        ## Collaboration

                        Reviews the work of others.
                        """);
    }

    /** The track overview of {@link #engineering}, for tests that replace it. */
    public static final String ENGINEERING_INDEX = "content/engineering/_index.md";

    /**
     * A ladder of three levels, for tests of what changes between them: track {@code engineering} with
     * E1 Junior, E2 Mid and E3 Senior ({@code e1.md} to {@code e3.md}) and the competencies Delivery and Design.
     */
    public static LadderFixture engineering(Path dir) {
        return new LadderFixture(dir.toAbsolutePath().normalize())
                .write("content/_index.md", """
                        ---
                        title: Test Ladder
                        version: "1.0"
                        ---
                        What we expect of engineers.
                        """)
                .write(ENGINEERING_INDEX, engineeringTrack("E1, E2, E3"))
                .write("content/engineering/e1.md", engineeringLevel("E1", "Junior", "",
                        "- Ships small changes with help.\n- Writes tests for their code.",
                        "- Follows the team's design patterns."))
                .write("content/engineering/e2.md", engineeringLevel("E2", "Mid", "",
                        "- Ships features on their own.\n- Reviews code of peers.",
                        "- Designs modules within one service."))
                .write("content/engineering/e3.md", engineeringLevel("E3", "Senior", "",
                        "- Leads delivery of projects across the team.",
                        "- Designs services and their interfaces."));
    }

    /** The overview of {@link #engineering}'s track with the given level codes, such as {@code "E1, E2, E3"}. */
    public static String engineeringTrack(String levels) {
        return """
                ---
                title: Engineering
                levels: [%s]
                competencies:
                  - Delivery
                  - Design
                ---
                The engineering track.
                """.formatted(levels);
    }

    /**
     * A level file of {@link #engineering}'s track.
     *
     * @param frontMatter extra front-matter lines, each ending in a newline, or {@code ""}
     */
    public static String engineeringLevel(String code, String title, String frontMatter, String delivery,
                                          String design) {
        return "---\nlevel: " + code + "\ntitle: " + title + "\n" + frontMatter + "---\n\n## Delivery\n\n"
                + delivery + "\n\n## Design\n\n" + design + "\n";
    }

    /** The overview of {@link #withSpecialisation}'s track {@code qa}: line 3 is its 'extends'. */
    public static final String QA_TRACK = """
            ---
            title: QA Engineer
            extends: eng
            levels: [Q1, Q2]
            competencies:
              - Testing
              - Delivery
              - Teamwork
            ---
            What QA engineers do.
            """;

    /** {@link #withSpecialisation}'s Q1, which writes only its own competency. */
    public static final String Q1 = """
            ---
            level: Q1
            title: Junior QA
            ---
            ## Testing

            Writes test cases.
            """;

    /**
     * Adds a specialisation of {@code eng}: track {@code qa}, levels Q1 and Q2 (on P1 and P2 by place), which
     * adds the competency Testing; Q1 inherits Delivery and Teamwork, Q2 rewrites Delivery.
     */
    public LadderFixture withSpecialisation() {
        return write("content/qa/_index.md", QA_TRACK)
                .write("content/qa/q1.md", Q1)
                .write("content/qa/q2.md", """
                        ---
                        level: Q2
                        title: QA
                        ---
                        ## Testing

                        Plans the tests of a feature.

                        ## Delivery

                        Ships features with their tests.
                        """);
    }

    /** Adds a second track, {@code ops} in the family Operations, with one level (S1) and one competency. */
    public LadderFixture withOperationsTrack() {
        return this
                .write("content/ops/_index.md", """
                        ---
                        title: Site Reliability Engineer
                        family: Operations
                        levels: [S1]
                        competencies: [Delivery]
                        ---
                        """)
                .write("content/ops/s1.md", """
                        ---
                        level: S1
                        title: Associate
                        ---
                        ## Delivery

                        Keeps the lights on.
                        """);
    }

    /** Replaces (or adds) a file, creating its folders; the text is written as UTF-8. */
    public LadderFixture write(String relativePath, String text) {
        return writeBytes(relativePath, text.getBytes(StandardCharsets.UTF_8));
    }

    public LadderFixture writeBytes(String relativePath, byte[] bytes) {
        Path file = path(relativePath);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Deletes a file, or a folder with everything in it. */
    public LadderFixture delete(String relativePath) {
        Path target = path(relativePath);
        try (Stream<Path> paths = Files.walk(target)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The project folder: content/ is in it, and the site is written to site/. */
    public Path root() {
        return root;
    }

    public Path path(String relativePath) {
        return root.resolve(relativePath);
    }

    public Path content() {
        return root.resolve("content");
    }

    public Path site() {
        return root.resolve("site");
    }

    /** Builds the site into {@link #site()}. */
    public BuildResult build() {
        return SiteGenerator.build(options());
    }

    /** A file of the built site. */
    public String page(String path) {
        try {
            return Files.readString(site().resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a file of the built site exists. */
    public boolean exists(String path) {
        return Files.exists(site().resolve(path));
    }

    /**
     * Runs {@link SiteGenerator#check} and returns its problems as a user reads them,
     * {@code path:line:column: severity: message}, after asserting what holds for every problem.
     */
    public List<String> check() {
        return lines(SiteGenerator.check(options()));
    }

    /** {@link #lines}, one per line of one text: {@code ""} when there was no problem. */
    public String text(BuildResult result) {
        return String.join("\n", lines(result));
    }

    /** The problems of {@code result} as lines, after asserting what holds for every problem of every run. */
    public List<String> lines(BuildResult result) {
        assertReadable(result.problems());
        return new ProblemReport(result.problems(), root).lines();
    }

    /**
     * Each message is one line of plain words, and the list is in file, line and column order.
     * Checked on every result the fixture formats, so every case of the catalogue checks it too.
     */
    private void assertReadable(List<Problem> problems) {
        for (Problem problem : problems) {
            String message = problem.message();
            assertFalse(message.isBlank(), "empty message: " + problem);
            assertFalse(message.chars().anyMatch(Character::isISOControl),
                    "message has a line break or another control character: " + message);
            assertFalse(message.contains("Exception"), "message names an exception: " + message);
            assertFalse(JAVA_NAME.matcher(message).find(), "message names a Java class: " + message);
            assertFalse(message.contains(root.toString()), "message repeats an absolute path: " + message);
        }
        Comparator<Problem> byPlace = Comparator.comparing((Problem p) -> p.displayPath(root))
                .thenComparingInt(Problem::line).thenComparingInt(Problem::column);
        assertEquals(problems.stream().sorted(byPlace).toList(), problems, "problems are not in file, line, column order");
    }

    public BuildOptions options() {
        return optionsBuilder().build();
    }

    /** For tests that change an option such as failOnWarning. */
    public BuildOptions.Builder optionsBuilder() {
        return BuildOptions.builder(root).output(root.resolve("site"));
    }
}
