package dev.ladder.words;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RenderedWordsTest {

    @Test
    void wordsOfParagraphsAndListItemsStartBlocks() {
        assertEquals(List.of(new Word("Builds", true), new Word("on", false), new Word("P2.", false),
                        new Word("Ships", true), new Word("features.", false), new Word("Nested", true)),
                RenderedWords.of("<p>Builds on <a href=\"p2.html\">P2</a>.</p>\n<ul>\n<li>Ships <em>features</em>.</li>\n"
                        + "<li><ul><li>Nested</li></ul></li>\n</ul>\n"));
    }

    @Test
    void inlineTagsDoNotSplitWordsButLineBreaksDo() {
        assertEquals(List.of("re-use", "line", "two"), RenderedWords.of("<p>re<strong>-use</strong> line<br />\ntwo</p>")
                .stream().map(Word::text).toList());
    }

    @Test
    void entitiesAreDecoded() {
        assertEquals(List.of("a&b", "<c>", "\"d\"", "é", "€", "&unknown;"),
                RenderedWords.of("<p>a&amp;b &lt;c&gt; &quot;d&quot; &#233; &#x20AC; &unknown;</p>").stream()
                        .map(Word::text).toList());
    }

    @Test
    void emptyHtmlHasNoWords() {
        assertEquals(List.of(), RenderedWords.of(""));
        assertEquals(List.of(), RenderedWords.of("<p> </p>\n"));
    }
}
