package dev.ladder.read;

import dev.ladder.LadderFixture;
import dev.ladder.SiteGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** HTML in a body while the site shows it as text: a warning at the tag, with the Markdown that does the same. */
class RawHtmlWarningsTest {

    @TempDir
    Path dir;

    private LadderFixture withIntro(String intro) {
        return LadderFixture.in(dir).write("content/eng/p1.md", LadderFixture.P1.replace("Learning the ropes.", intro));
    }

    @Test
    void lineBreakAndBoldAreEachAWarningWithTheirMarkdown() {
        assertEquals(List.of(
                "content/eng/p1.md:5:9: warning: HTML '<br>' is shown on the page as text, not as a line break: end "
                        + "the line with a backslash (\\) instead, or turn on allowRawHtml if only trusted people "
                        + "edit the ladder",
                "content/eng/p1.md:5:17: warning: HTML '<b>' is shown on the page as text, not as bold text: put "
                        + "**two stars** around the words instead, or turn on allowRawHtml if only trusted people "
                        + "edit the ladder"),
                withIntro("Learning<br>the <b>ropes</b>.").check());
    }

    @Test
    void blockOfHtmlAndCommentAreNamedAtTheirLine() {
        assertEquals(List.of(
                "content/eng/p1.md:5:1: warning: the HTML comment '<!-- ask Ana -->' is shown on the page as text; "
                        + "delete it, or keep notes outside the content folder",
                "content/eng/p1.md:7:1: warning: HTML '<div class=\"note\">' is shown on the page as text: write it "
                        + "in Markdown instead, or turn on allowRawHtml if only trusted people edit the ladder"),
                withIntro("<!-- ask Ana -->\n\n<div class=\"note\">\nRopes.\n</div>").check());
    }

    @Test
    void withAllowRawHtmlNothingIsSaid() {
        LadderFixture ladder = withIntro("Learning<br>the <b>ropes</b>.");

        assertEquals(List.of(), ladder.lines(SiteGenerator.check(ladder.optionsBuilder().allowRawHtml(true).build())));
    }

    @Test
    void anglesInACompetencyHeadingAreItsNameNotHtml() {
        LadderFixture ladder = LadderFixture.in(dir)
                .write("content/eng/_index.md", LadderFixture.TRACK.replace("- Teamwork", "- Working with <legacy> code"))
                .write("content/eng/p1.md", LadderFixture.P1.replace("## Teamwork", "## Working with <legacy> code"))
                .write("content/eng/p2.md", LadderFixture.P2.replace("## Teamwork", "## Working with <legacy> code"));

        assertEquals(List.of(), ladder.check());
    }
}
