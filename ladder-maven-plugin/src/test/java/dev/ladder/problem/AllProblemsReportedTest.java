package dev.ladder.problem;

import dev.ladder.BuildResult;
import dev.ladder.LadderFixture;
import dev.ladder.SiteGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A run reports every problem it finds, in every file, in one sorted list: editors fix them in one pass. */
class AllProblemsReportedTest {

    @TempDir
    Path dir;

    @Test
    void threeIndependentErrorsInThreeFilesGiveThreeProblems() {
        LadderFixture ladder = LadderFixture.in(dir)
                .write("content/eng/p2.md", LadderFixture.P2.replace("Ships whole features.", "See [it](p9.md)."))
                .write("content/eng/p1.md", LadderFixture.P1.replace("## Teamwork", "## Temwork"))
                .write("content/_index.md", LadderFixture.HOME.replace("title:", "titel:"));

        BuildResult result = SiteGenerator.build(ladder.options());

        assertEquals(List.of(
                "content/_index.md:2:1: error: unknown field 'titel' (did you mean 'title'?); the home page may have: "
                        + "title, organisation, version, effective, cumulative, grades",
                "content/eng/p1.md:11:1: error: section '## Temwork' is not a competency of this track (did you mean "
                        + "'Teamwork'?); the competencies are: Delivery, Teamwork",
                "content/eng/p2.md:9:5: error: link 'p9.md' points to a file that does not exist: there is no "
                        + "'eng/p9.md' in the content folder"), ladder.lines(result));
        assertFalse(result.written());
        assertFalse(Files.exists(ladder.path("site")));
    }

    @Test
    void problemsFoundInAnyOrderAreListedByFileLineAndColumn() {
        // The engine finds these track first, then level files, and a missing section only after the
        // whole file: the list is still in reading order.
        LadderFixture ladder = LadderFixture.in(dir)
                .write("content/eng/_index.md", LadderFixture.TRACK.replace("[P1, P2]", "[P1, P2, P3]"))
                .write("content/eng/p1.md", """
                        ---
                        level: P1
                        title: Junior
                        summary: [a, b]
                        ---
                        See [x](/eng/p2.md) and [y](#nowhere-at-all).

                        ## Delivery

                        Ships.
                        """)
                .write("content/ops/_index.md", LadderFixture.TRACK.replace("Engineer", "Operator"))
                .write("content/ops/p1.md", LadderFixture.P1)
                .write("content/ops/p2.md", "no front matter\n");

        assertEquals(List.of(
                "content/eng/_index.md:3:18: error: level 'P3' has no file: add a Markdown file to eng/ with "
                        + "'level: P3' in its front matter",
                "content/eng/p1.md:4:10: error: field 'summary' must be text, but is a list",
                "content/eng/p1.md:6:5: error: link '/eng/p2.md' starts with '/', which breaks when the site is "
                        + "published under a sub-path; write a relative link such as 'p2.md'",
                "content/eng/p1.md:6:25: error: link '#nowhere-at-all' points to '#nowhere-at-all', which is not a "
                        + "section of this page; its sections are #delivery, #teamwork",
                "content/eng/p1.md:10: error: missing section '## Teamwork': every level describes each competency "
                        + "listed in its track's _index.md",
                "content/ops/p2.md:1:1: error: has no front matter: the first line must be '---', followed by fields "
                        + "such as 'title: ...' and another '---' line"), ladder.check());
    }
}
