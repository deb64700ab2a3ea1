package dev.ladder.diff;

import dev.ladder.LadderFixture;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static dev.ladder.LadderFixture.engineeringLevel;
import static dev.ladder.LadderFixture.engineeringTrack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The diff goal's engine against real git repositories made with JGit. */
class GitDiffTest {

    private static final PersonIdent AUTHOR = new PersonIdent("Ladder Test", "test@example.org",
            Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path project;

    private LadderFixture ladder;
    private Git git;

    @BeforeEach
    void repository() throws Exception {
        ladder = LadderFixture.engineering(project);
        git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call();
    }

    private RevCommit commit(String message) throws Exception {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        return git.commit().setMessage(message).setAuthor(AUTHOR).setCommitter(AUTHOR).setSign(false).call();
    }

    private DiffResult diff(String base, String head) {
        return DiffGenerator.diff(new DiffOptions(project, ladder.content(), project.resolve("templates"),
                project.resolve("target/ladder"), base, head, false));
    }

    private static String read(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** The second commit: E2's Delivery reworded, E3's file renamed with an alias, E4 added. */
    private void secondVersion() {
        ladder.write("content/engineering/e2.md", engineeringLevel("E2", "Mid", "",
                        "- Ships medium-sized features on their own.\n- Reviews code of peers.",
                        "- Designs modules within one service."))
                .delete("content/engineering/e3.md")
                .write("content/engineering/e3-senior.md", engineeringLevel("E3", "Senior", "aliases: [e3]\n",
                        "- Leads delivery of projects across the team.",
                        "- Designs services and their interfaces."))
                .write(LadderFixture.ENGINEERING_INDEX, engineeringTrack("E1, E2, E3, E4"))
                .write("content/engineering/e4.md", engineeringLevel("E4", "Principal", "",
                        "- Sets delivery practice for the company.", "- Sets the company's architecture."));
    }

    @Test
    void comparesTwoCommitsIntoExactMarkdown() throws Exception {
        RevCommit first = commit("First ladder");
        secondVersion();
        RevCommit second = commit("Reword E2, rename E3, add E4");

        DiffResult result = diff("HEAD~1", "HEAD");

        assertEquals(List.of(), result.errors());
        assertEquals("E2: 1 competency reworded; E3: renamed; E4 added", result.headline());
        assertEquals(project.resolve("target/ladder/diff.md"), result.markdown());
        assertEquals("""
                ## Ladder changes

                **E2: 1 competency reworded; E3: renamed; E4 added**

                Compared `HEAD~1` (`%s`) with `HEAD` (`%s`).

                ### Engineering

                - Added level **E4 Principal**
                - Renamed level **E3 Senior**: `e3.html` is now `e3-senior.html`; the old address leads to the new one

                #### E2 Mid

                **Delivery**

                - Ships **medium-sized** features on their own.

                #### E3 Senior

                - **aliases**: (none) → e3
                """.formatted(first.abbreviate(7).name(), second.abbreviate(7).name()), read(result.markdown()));
    }

    @Test
    void comparesACommitWithTheWorkingTree() throws Exception {
        RevCommit first = commit("First ladder");
        secondVersion();

        DiffResult result = diff(null, null);

        assertEquals(List.of(), result.errors());
        assertTrue(read(result.markdown()).contains("Compared `HEAD` (`" + first.abbreviate(7).name()
                + "`) with the working tree."), read(result.markdown()));
        assertEquals("E2: 1 competency reworded; E3: renamed; E4 added", result.headline());
    }

    @Test
    void writesTheReportAsAPageInTheTheme() throws Exception {
        commit("First ladder");
        secondVersion();

        DiffResult result = diff("HEAD", null);

        String page = read(result.html());
        assertTrue(page.contains("<p class=\"lead\">E2: 1 competency reworded; E3: renamed; E4 added</p>"), page);
        assertTrue(page.contains("<h4>Delivery</h4>\n<div class=\"word-diff\"><p>Ships <ins>medium-sized</ins> "
                + "features on their own.</p>\n</div>"), page);
        assertTrue(page.contains("<link rel=\"stylesheet\" href=\"assets/style.css\">"), page);
        assertTrue(Files.isRegularFile(project.resolve("target/ladder/assets/style.css")));
    }

    @Test
    void formattingOnlyChangesAreNoChangeToTheLadder() throws Exception {
        commit("First ladder");
        ladder.write("content/engineering/e2.md", """
                ---
                level:   E2
                title: "Mid"
                ---
                ## Delivery

                * Ships features
                  on their own.
                * Reviews code of peers.

                ## Design

                *   Designs modules within
                    one service.
                """);

        DiffResult result = diff(null, null);

        assertEquals(List.of(), result.errors());
        assertEquals("No changes to the ladder", result.headline());
        assertTrue(read(result.markdown()).startsWith("## Ladder changes\n\n**No changes to the ladder**\n\n"
                + "Compared `HEAD` ("), read(result.markdown()));
    }

    @Test
    void refusesAFolderOutsideAnyRepository(@TempDir Path elsewhere) {
        LadderFixture outside = LadderFixture.engineering(elsewhere);

        DiffResult result = DiffGenerator.diff(new DiffOptions(elsewhere, outside.content(), null,
                elsewhere.resolve("target/ladder"), "HEAD", null, false));

        assertEquals(List.of("content: error: is not in a git repository; ladder:diff compares the ladder with a "
                + "git commit, so run it in a clone of the ladder's repository"), result.errors());
        assertNull(result.markdown());
        assertFalse(Files.exists(elsewhere.resolve("target/ladder/diff.md")));
    }

    @Test
    void namesAMissingRefAndSuggestsAClosOne() throws Exception {
        commit("First ladder");
        git.branchCreate().setName("release").call();

        DiffResult result = diff("relaese", null);

        assertEquals(List.of("error: git ref 'relaese' does not exist in the repository at " + git.getRepository()
                .getWorkTree().toPath() + " (did you mean 'release'?); give a branch, a tag or a commit id, such as "
                + "-Dladder.base=origin/main"), result.errors());
    }

    @Test
    void explainsARepositoryWithoutCommits() {
        DiffResult result = diff(null, null);

        assertEquals(List.of("error: git ref 'HEAD' does not exist: the repository has no commits yet; commit the "
                + "ladder once, then compare changes with that commit"), result.errors());
    }

    @Test
    void reportsErrorsOfTheLadderAtTheBaseWithGitPaths() throws Exception {
        ladder.write("content/engineering/e2.md", engineeringLevel("E2", "Mid", "", "- Ships.", "- Designs.")
                .replace("## Design", "## Desing"));
        commit("Broken ladder");
        ladder.write("content/engineering/e2.md", engineeringLevel("E2", "Mid", "", "- Ships.", "- Designs."));

        DiffResult result = diff("HEAD", null);

        assertEquals(List.of(
                "HEAD:content/engineering/e2.md:10:1: error: section '## Desing' is not a competency of this track "
                        + "(did you mean 'Design'?); the competencies are: Delivery, Design",
                "error: the ladder at HEAD has errors, so it cannot be compared; fix them there or compare with "
                        + "another ref (-Dladder.base)"), result.errors());
    }

    @Test
    void explainsAContentFolderMissingAtTheBase() throws Exception {
        Files.writeString(project.resolve("README.md"), "A project.\n");
        git.add().addFilepattern("README.md").call();
        RevCommit first = git.commit().setMessage("Start").setAuthor(AUTHOR).setCommitter(AUTHOR).setSign(false).call();

        DiffResult result = diff("HEAD", null);

        assertEquals(List.of("error: the content folder 'content' does not exist at HEAD (" + first.abbreviate(7).name()
                + "), so there is no ladder to compare with; choose another ref with -Dladder.base"), result.errors());
    }
}
