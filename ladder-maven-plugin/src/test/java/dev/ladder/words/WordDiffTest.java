package dev.ladder.words;

import dev.ladder.markdown.Markdown;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordDiffTest {

    private static final Markdown MARKDOWN = new Markdown(false);

    /** Renders Markdown as a level section is rendered, so tests start from what authors write. */
    private static String html(String markdown) {
        return MARKDOWN.html(MARKDOWN.parseWhole(markdown, 1).intro());
    }

    private static WordDiff diff(String before, String after) {
        return WordDiff.between(html(before), html(after));
    }

    /** The diff with added words in {@code <ins>} and removed ones in {@code <del>}, a paragraph per block. */
    private static String marked(WordDiff diff) {
        StringBuilder out = new StringBuilder();
        for (WordDiff.Block block : diff.blocks()) {
            out.append("<p>").append(String.join(" ", block.spans().stream().map(span -> switch (span.change()) {
                case SAME -> span.text();
                case ADDED -> "<ins>" + span.text() + "</ins>";
                case REMOVED -> "<del>" + span.text() + "</del>";
            }).toList())).append("</p>\n");
        }
        return out.toString();
    }

    private static List<String> markdown(String before, String after) {
        return WordDiffMarkdown.changedLines(diff(before, after));
    }

    @Test
    void sameTextHasNoChange() {
        WordDiff diff = diff("- Ships features.\n- Reviews code.", "- Ships features.\n- Reviews code.");

        assertFalse(diff.changed());
        assertEquals(List.of(), diff.changedBlocks());
        assertEquals("<p>Ships features.</p>\n<p>Reviews code.</p>\n", marked(diff));
    }

    @Test
    void whitespaceOnlyChangesAreNoChange() {
        WordDiff diff = diff("Ships features on their own.", "Ships   features\ton  their own.   ");

        assertFalse(diff.changed());
    }

    @Test
    void reflowedParagraphIsNoChange() {
        String before = "Leads delivery of multi-sprint features involving several engineers, splitting the work into\n"
                + "milestones that each ship value on their own.";
        String after = "Leads delivery of multi-sprint features\ninvolving several engineers, splitting the work\n"
                + "into milestones that each\nship value on their own.";

        assertFalse(diff(before, after).changed());
    }

    @Test
    void reflowedListItemAndChangedListMarkerAreNoChange() {
        String before = "- Plans safe rollouts with dark launches and documented rollback steps.\n- Sets the tone for review.";
        String after = "* Plans safe rollouts with dark launches\n  and documented rollback steps.\n* Sets the tone for review.";

        assertFalse(diff(before, after).changed());
        assertFalse(diff("1. First step.\n2. Second step.", "1) First step.\n1) Second step.").changed());
    }

    @Test
    void emphasisAndLinkTargetsAreNotWords() {
        assertFalse(diff("Builds on [P2](p2.html).", "Builds *on* [P2](p2.html#delivery).").changed());
    }

    @Test
    void replacedWordIsRemovedThenAdded() {
        assertEquals(List.of("- ~~Leads~~ **Drives** delivery of features."),
                markdown("Leads delivery of features.", "Drives delivery of features."));
    }

    @Test
    void addedAndRemovedWordsAreMarkedInHtml() {
        WordDiff diff = diff("- Ships small features.", "- Ships medium-sized features.");

        assertTrue(diff.changed());
        assertEquals("<p>Ships <del>small</del> <ins>medium-sized</ins> features.</p>\n", marked(diff));
    }

    @Test
    void punctuationBelongsToItsWord() {
        assertEquals(List.of("- Ships ~~small features.~~ **medium-sized features quickly.**"),
                markdown("- Ships small features.", "- Ships medium-sized features quickly."));
    }

    @Test
    void onlyChangedBlocksAreListedInMarkdown() {
        List<String> lines = markdown("- Ships features.\n- Reviews code of peers.\n- Writes tests.",
                "- Ships features.\n- Reviews code of the whole team.\n- Writes tests.");

        assertEquals(List.of("- Reviews code of ~~peers.~~ **the whole team.**"), lines);
    }

    @Test
    void newListItemIsAddedAsItsOwnLine() {
        WordDiff diff = diff("- Ships features.", "- Ships features.\n- Mentors new joiners.");

        assertEquals("<p>Ships features.</p>\n<p><ins>Mentors new joiners.</ins></p>\n", marked(diff));
        assertEquals(List.of("- **Mentors new joiners.**"), WordDiffMarkdown.changedLines(diff));
    }

    @Test
    void removedListItemIsRemovedAsItsOwnLine() {
        WordDiff diff = diff("- Ships features.\n- Writes tests.", "- Ships features.");

        assertEquals("<p>Ships features.</p>\n<p><del>Writes tests.</del></p>\n", marked(diff));
    }

    @Test
    void itemReplacedWholeShowsTheOldLineThenTheNew() {
        WordDiff diff = diff("- Ships features.\n- Writes tests.", "- Mentors new joiners.\n- Writes tests.");

        assertEquals("<p><del>Ships features.</del></p>\n<p><ins>Mentors new joiners.</ins></p>\n<p>Writes tests.</p>\n",
                marked(diff));
        assertEquals(List.of("- ~~Ships features.~~", "- **Mentors new joiners.**"), WordDiffMarkdown.changedLines(diff));
    }

    @Test
    void aLoneCommonWordBetweenChangesJoinsTheChange() {
        assertEquals(List.of("- ~~Ships small and quick~~ **Builds large and durable** features."),
                markdown("Ships small and quick features.", "Builds large and durable features."));
    }

    @Test
    void markdownOfTheWordsIsEscaped() {
        assertEquals(List.of("- Uses ~~a\\_b~~ **\\*stars\\* \\[link\\] a\\|b \\~x\\~**"),
                markdown("Uses `a_b`", "Uses `*stars* [link] a|b ~x~`"));
        assertEquals(List.of("- \\# ~~one~~ **two**"), markdown("`#` one", "`#` two"));
        assertEquals(List.of("- 2024\\. ~~one~~ **two**"), markdown("`2024.` one", "`2024.` two"));
    }

    @Test
    void similarityCountsSharedWords() {
        assertEquals(1.0, WordDiff.similarity(html("a b c d"), html("a  b\nc d")));
        assertEquals(0.5, WordDiff.similarity(html("a b c d"), html("a b x y")));
        assertEquals(0.0, WordDiff.similarity(html("a b"), html("c d")));
        assertEquals(6.0 / 9, WordDiff.similarity(html("Owns delivery of features."), html("Owns delivery of features well.")));
    }
}
