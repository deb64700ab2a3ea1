package dev.ladder.write;

import dev.ladder.BuildOptions;
import dev.ladder.BuildResult;
import dev.ladder.LadderFixture;
import dev.ladder.SiteGenerator;
import dev.ladder.problem.Problem;
import dev.ladder.problem.Problems;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The site replaces its output folder whole, so the guard must refuse every folder holding something else. */
class OutputGuardTest {

    private static final String HINT = " (set <outputDirectory> or -Dladder.output)";

    @TempDir
    Path dir;

    private LadderFixture ladder;

    @BeforeEach
    void writeLadder() {
        ladder = LadderFixture.summarised(dir);
    }

    @Test
    void refusesTheProjectFolder() {
        assertRefused(dir, ".: error: cannot be the output folder: it is the project folder" + HINT);
    }

    @Test
    void refusesAFolderThatHoldsTheContent() {
        Path project = dir.resolve("project");
        LadderFixture.summarised(project);

        // Outside the project, so shown as it is.
        assertEquals(List.of(dir.toAbsolutePath().normalize() + ": error: cannot be the output folder: it contains "
                + "the content folder" + HINT), refusals(BuildOptions.builder(project).output(dir).build()));
    }

    @Test
    void refusesTheContentFolderAndAnyFolderInsideIt() {
        assertRefused(dir.resolve("content"),
                "content: error: cannot be the output folder: it contains the content folder" + HINT);
        assertRefused(dir.resolve("content/site"),
                "content/site: error: cannot be the output folder: it is inside the content folder" + HINT);
    }

    @Test
    void refusesAFolderThatHoldsTheTemplates() {
        ladder.write("theme/templates/partials/branding.ftlh", "<p>brand</p>\n");
        BuildOptions options = BuildOptions.builder(dir).templates(dir.resolve("theme/templates"))
                .output(dir.resolve("theme")).build();

        assertEquals(List.of("theme: error: cannot be the output folder: it contains the templates folder" + HINT),
                refusals(options));
    }

    @Test
    void refusesTheRootOfTheFileSystemAndTheHomeFolder() {
        // Checked on the guard alone: a build that got past it would replace these folders.
        Path root = dir.getRoot();
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath();

        assertEquals(List.of(root + ": error: cannot be the output folder: it is the root of a file system" + HINT),
                guard(root));
        assertEquals(List.of(home + ": error: cannot be the output folder: it is your home folder" + HINT),
                guard(home));
    }

    @Test
    void refusesAFolderOfOtherFilesAndLeavesThemAlone() throws IOException {
        ladder.write("docs/notes.txt", "my notes\n");
        Map<String, String> before = FileTree.of(dir);

        assertRefused(dir.resolve("docs"), "docs: error: cannot be the output folder: it already holds files that "
                + "Ladder did not write; empty it or choose another folder" + HINT);
        assertEquals(before, FileTree.of(dir));
        assertEquals("my notes\n", Files.readString(dir.resolve("docs/notes.txt")));
    }

    @Test
    void refusesAFile() {
        ladder.write("site", "not a folder\n");

        assertRefused(dir.resolve("site"), "site: error: cannot be the output folder: it is a file" + HINT);
    }

    @Test
    void acceptsANewFolderAnEmptyOneAndASiteLadderWroteBefore() throws IOException {
        assertEquals(List.of(), guard(dir.resolve("new/site")));
        Files.createDirectories(dir.resolve("empty"));
        assertEquals(List.of(), guard(dir.resolve("empty")));
        ladder.write("old/" + OutputGuard.MARKER, "Written by Ladder\n").write("old/index.html", "<p>old</p>\n");
        assertEquals(List.of(), guard(dir.resolve("old")));
    }

    private void assertRefused(Path output, String expected) {
        Map<String, String> before = FileTree.of(dir);
        assertEquals(List.of(expected), refusals(BuildOptions.builder(dir).output(output).build()));
        assertEquals(before, FileTree.of(dir));
    }

    /** The problems of a build into {@code options.output()}, which must have written nothing, as the goals show them. */
    private List<String> refusals(BuildOptions options) {
        BuildResult result = SiteGenerator.build(options);
        assertFalse(result.written());
        assertEquals(0, result.pages());
        assertTrue(result.problems().stream().allMatch(Problem::isError));
        return result.problems().stream().map(problem -> problem.format(options.projectDirectory())).toList();
    }

    private List<String> guard(Path output) {
        Problems problems = new Problems();
        BuildOptions options = ladder.options();
        boolean allowed = OutputGuard.allows(output, options.projectDirectory(), options.content(),
                options.templates(), problems);
        List<String> lines = problems.sorted().stream().map(problem -> problem.format(dir)).toList();
        assertEquals(lines.isEmpty(), allowed);
        return lines;
    }
}
