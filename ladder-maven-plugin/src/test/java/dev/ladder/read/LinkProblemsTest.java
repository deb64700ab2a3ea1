package dev.ladder.read;

import dev.ladder.BuildResult;
import dev.ladder.LadderFixture;
import dev.ladder.SiteGenerator;
import dev.ladder.load.ContentFiles;
import dev.ladder.load.FolderTree;
import dev.ladder.markdown.Markdown;
import dev.ladder.markdown.MarkdownBody;
import dev.ladder.problem.Problem;
import dev.ladder.problem.ProblemReport;
import dev.ladder.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Links written in content: checked against the ladder's own pages, and unsafe ones never rendered as links. */
class LinkProblemsTest {

    @TempDir
    Path dir;

    /** Checks the fixture with the first paragraph of p1.md (line 5) replaced by {@code paragraph}. */
    private List<String> checkLink(String paragraph) {
        return LadderFixture.in(dir)
                .write("content/eng/p1.md", LadderFixture.P1.replace("Learning the ropes.", paragraph))
                .check();
    }

    @Test
    void linksToPagesAndSectionsThatExistAreAccepted() {
        assertEquals(List.of(), checkLink("See [P2](p2.md), [its teamwork](p2.md#teamwork), [ours](#delivery), "
                + "[home](../_index.md), [the track](_index.md) and [the web](https://example.com/x.md)."));
    }

    @Test
    void linkToALevelFileThatDoesNotExist() {
        assertEquals(List.of("content/eng/p1.md:5:5: error: link 'p9.md' points to a file that does not exist: there "
                + "is no 'eng/p9.md' in the content folder"), checkLink("See [the top](p9.md)."));
    }

    @Test
    void linkToAMisspeltFileGetsDidYouMean() {
        assertEquals(List.of("content/eng/p1.md:5:5: error: link 'p-2.md#teamwork' points to a file that does not "
                + "exist: there is no 'eng/p-2.md' in the content folder (did you mean 'p2.md'?)"),
                checkLink("See [it](p-2.md#teamwork)."));
    }

    @Test
    void linkToAMisspeltTrackFolderSuggestsTheFileOfThatNameInAnotherTrack() {
        LadderFixture ladder = LadderFixture.in(dir)
                .write("content/data-engineering/_index.md", LadderFixture.TRACK.replace("P1, P2", "D3, D4"))
                .write("content/data-engineering/d3.md", LadderFixture.P1.replace("P1", "D3"))
                .write("content/data-engineering/d4.md", LadderFixture.P2.replace("P2", "D4"))
                .write("content/eng/p1.md", LadderFixture.P1.replace("Learning the ropes.", "See [D4](../data/d4.md)."));

        assertEquals(List.of("content/eng/p1.md:5:5: error: link '../data/d4.md' points to a file that does not "
                + "exist: there is no 'data/d4.md' in the content folder (did you mean '../data-engineering/d4.md'?)"),
                ladder.check());
    }

    @Test
    void linkToALevelNotYetWrittenSuggestsNoOtherLevel() {
        // p3.md is one letter from p1.md and p2.md, but another number is another level, not a typing slip.
        assertEquals(List.of("content/eng/p1.md:5:5: error: link 'p3.md' points to a file that does not exist: there "
                + "is no 'eng/p3.md' in the content folder"), checkLink("See [P3](p3.md)."));
    }

    @Test
    void linkToAPageOfTheSiteSuggestsTheFileItIsMadeFrom() {
        assertEquals(List.of("content/eng/p1.md:5:5: error: link 'p2.html#teamwork' is not a page of the ladder; link "
                + "to the Markdown file the page is made from (did you mean 'p2.md'?)"),
                checkLink("See [P2](p2.html#teamwork)."));
    }

    @Test
    void examplesInMessagesAreFilesOfThisLadder() {
        LadderFixture ladder = LadderFixture.in(dir).delete("content/eng/p1.md").delete("content/eng/p2.md")
                .write("content/eng/_index.md", LadderFixture.TRACK.replace("P1, P2", "E1, E2"))
                .write("content/eng/e1.md", LadderFixture.P1.replace("P1", "E1")
                        .replace("Learning the ropes.", "See [notes](notes.txt)."))
                .write("content/eng/e2.md", LadderFixture.P2.replace("P2", "E2"));

        assertEquals(List.of("content/eng/e1.md:5:5: error: link 'notes.txt' is not a page of the ladder; link to a "
                + "Markdown file of the content (such as 'e2.md') or to a web address"), ladder.check());
    }

    @Test
    void linkToAMisspeltSectionGetsDidYouMean() {
        assertEquals(List.of("content/eng/p1.md:5:5: error: link 'p2.md#teamwrok' points to '#teamwrok', which is not "
                + "a section of 'p2.md' (did you mean 'teamwork'?)"), checkLink("See [it](p2.md#teamwrok)."));
    }

    @Test
    void linkToASectionFarFromAnyListsTheSections() {
        assertEquals(List.of("content/eng/p1.md:5:5: error: link 'p4.md#no-such-anchor' points to '#no-such-anchor', "
                        + "which is not a section of 'p4.md'; its sections are #delivery, #teamwork"),
                LadderFixture.in(dir)
                        .write("content/eng/_index.md", LadderFixture.TRACK.replace("[P1, P2]", "[P1, P2, P4]"))
                        .write("content/eng/p4.md", LadderFixture.P2.replace("P2", "P4"))
                        .write("content/eng/p1.md", LadderFixture.P1.replace("Learning the ropes.",
                                "See [it](p4.md#no-such-anchor)."))
                        .check());
    }

    @Test
    void linkToASectionOfThisPage() {
        assertEquals(List.of("content/eng/p1.md:5:5: error: link '#delivry' points to '#delivry', which is not a "
                + "section of this page (did you mean 'delivery'?)"), checkLink("See [above](#delivry)."));
    }

    @Test
    void linkOutsideTheContentFolder() {
        assertEquals(List.of("content/eng/p1.md:5:5: error: link '../../etc/passwd.md' points outside the content "
                        + "folder; link to a Markdown file of the content (such as 'p2.md') or to a web address"),
                checkLink("See [this](../../etc/passwd.md)."));
    }

    @Test
    void rootAbsoluteLink() {
        assertEquals(List.of("content/eng/p1.md:5:5: error: link '/eng/p2.md' starts with '/', which breaks when the "
                + "site is published under a sub-path; write a relative link such as 'p2.md'"),
                checkLink("See [P2](/eng/p2.md)."));
    }

    @Test
    void linkToAFileThatIsNotAPage() {
        assertEquals(List.of("content/eng/p1.md:5:5: error: link 'notes.txt' is not a page of the ladder; link to a "
                + "Markdown file of the content (such as 'p2.md') or to a web address"),
                checkLink("See [notes](notes.txt)."));
    }

    @Test
    void linkWithAnEncodedNulIsNotAFileName() {
        assertEquals(List.of("content/eng/p1.md:5:5: error: link 'p2%00.md' is not a valid file name; link to a "
                        + "Markdown file of the content (such as 'p2.md') or to a web address"),
                checkLink("See [P2](p2%00.md)."));
    }

    @Test
    void encodedDotsCannotLeaveTheContentFolder() {
        assertEquals(List.of("content/eng/p1.md:5:5: error: link '%2e%2e/%2e%2e/secret.md' points outside the content "
                        + "folder; link to a Markdown file of the content (such as 'p2.md') or to a web address"),
                checkLink("See [it](%2e%2e/%2e%2e/secret.md)."));
    }

    @Test
    void linkToAFileWithProblemsOfItsOwnIsNotAlsoReported() {
        // The link may well be right: p2.md is broken, and says so.
        assertEquals(List.of("content/eng/p2.md:1:1: error: front matter is never closed: add a line '---' after "
                        + "its last field"),
                LadderFixture.in(dir)
                        .write("content/eng/p2.md", LadderFixture.P2.replace("title: Mid\n---\n", "title: Mid\n"))
                        .write("content/eng/p1.md", LadderFixture.P1.replace("Learning the ropes.",
                                "See [P2](p2.md#teamwork)."))
                        .check());
    }

    @Test
    void linkToALevelOfABrokenTrackIsNotAlsoReported() {
        assertEquals(List.of("content/eng/_index.md:1:1: error: missing required field 'title': a track needs a line "
                        + "'title: ...' between its '---' lines"),
                LadderFixture.in(dir)
                        .write("content/eng/_index.md", LadderFixture.TRACK.replace("title: Engineer\n", ""))
                        .write("content/_index.md", LadderFixture.HOME + "\nStart with [P1](eng/p1.md).\n")
                        .check());
    }

    @Test
    void linkToALevelOfATrackWithoutUsableLevelsIsNotAlsoReported() {
        assertEquals(List.of("content/eng/_index.md:3:9: error: field 'levels' must be a list, such as [P1, P2] or one "
                        + "'- item' per line, but is text"),
                LadderFixture.in(dir)
                        .write("content/eng/_index.md", LadderFixture.TRACK.replace("[P1, P2]", "P1 P2"))
                        .write("content/eng/p1.md", LadderFixture.P1.replace("Learning the ropes.", "See [P2](p2.md)."))
                        .check());
    }

    @Test
    void linkToAMarkdownFileThatIsNotAPage() {
        assertEquals(List.of(
                        "content/eng/p1.md:5:5: error: link '../notes.md' points to a file that is not a page of the "
                                + "ladder: only _index.md files and the level files of a track become pages",
                        "content/notes.md: warning: is not used: level files belong in a track folder"),
                LadderFixture.in(dir)
                        .write("content/notes.md", "Notes.\n")
                        .write("content/eng/p1.md", LadderFixture.P1.replace("Learning the ropes.",
                                "See [notes](../notes.md)."))
                        .check());
    }

    @Test
    void eachLinkIsReportedAtItsOwnColumn() {
        assertEquals(List.of(
                "content/eng/p1.md:5:5: error: link 'p8.md' points to a file that does not exist: there is no "
                        + "'eng/p8.md' in the content folder",
                "content/eng/p1.md:5:21: error: link 'p9.md' points to a file that does not exist: there is no "
                        + "'eng/p9.md' in the content folder"),
                checkLink("See [one](p8.md) or [two](p9.md)."));
    }

    @Test
    void javascriptLinkIsReportedAndNoPageIsWritten() {
        LadderFixture ladder = LadderFixture.in(dir).write("content/eng/p1.md",
                LadderFixture.P1.replace("Learning the ropes.", "Click [here](javascript:alert(1)) now."));

        BuildResult result = SiteGenerator.build(ladder.options());

        assertEquals(List.of("content/eng/p1.md:5:7: error: link to 'javascript:alert(1)' is not allowed: only http, "
                        + "https, mailto and tel addresses can be linked; it is shown as plain text"),
                ladder.lines(result));
        assertFalse(result.written());
        assertFalse(Files.exists(ladder.path("site")));
    }

    /** Renders a one-line body the way LadderReader does, after its links are resolved. */
    private static String renderResolved(String body, Problems problems) {
        Path content = Path.of("/ladder/content");
        Path file = content.resolve("eng/p1.md");
        PageIndex pages = new PageIndex();
        pages.add(file, "eng/p1.html", Set.of("delivery"));
        pages.add(content.resolve("eng/p2.md"), "eng/p2.html", Set.of("teamwork"));
        Markdown markdown = new Markdown(false);
        MarkdownBody parsed = markdown.parse(body, 5);
        new LinkResolver(new ContentFiles(new FolderTree(content), null, List.of(), null), pages, problems).resolve(file, parsed.links());
        return markdown.html(parsed.intro());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Click [*here*](javascript:alert(1)) now.",
            "Click [*here*](JavaScript:alert(1)) now.",
            "Click [*here*](jav&#x61;script:alert(1)) now.",
            "Click [*here*](vbscript:msgbox) now.",
            "Click [*here*](data:text/html;base64,PHNjcmlwdD4=) now.",
            "Click [*here*][x] now.\n\n[x]: javascript:alert(1)"})
    void unsafeLinkIsRenderedAsItsWordsOnly(String body) {
        Problems problems = new Problems();

        String html = renderResolved(body, problems);

        assertEquals("<p>Click <em>here</em> now.</p>\n", html);
        assertEquals(1, problems.errorCount());
    }

    @Test
    void unsafeAutolinkIsRenderedAsText() {
        Problems problems = new Problems();

        String html = renderResolved("Go to <javascript:alert(1)>.", problems);

        assertEquals("<p>Go to javascript:alert(1).</p>\n", html);
        List<Problem> sorted = problems.sorted();
        assertEquals(List.of("/ladder/content/eng/p1.md:5:7: error: link to 'javascript:alert(1)' is not allowed: "
                + "only http, https, mailto and tel addresses can be linked; it is shown as plain text"),
                new ProblemReport(sorted, Path.of("/elsewhere")).lines());
    }

    @Test
    void linksToContentFilesAreRenderedAsLinksToTheirPages() {
        Problems problems = new Problems();

        String html = renderResolved("See [P2](p2.md#teamwork), [here](#delivery) and [web](https://example.com).",
                problems);

        // A same-page anchor names its page too: the section is also shown on the matrix and the booklet.
        assertEquals("<p>See <a href=\"p2.html#teamwork\">P2</a>, "
                + "<a href=\"p1.html#delivery\">here</a> and "
                + "<a href=\"https://example.com\">web</a>.</p>\n", html);
        assertEquals(List.of(), problems.sorted());
    }
}
