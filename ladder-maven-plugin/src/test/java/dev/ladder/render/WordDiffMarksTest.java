package dev.ladder.render;

import dev.ladder.words.WordDiff;
import freemarker.template.Template;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The theme's word-diff partial: how added and removed words are marked, escaped by FreeMarker. */
class WordDiffMarksTest {

    private static final String USE = "<#import \"partials/word-diff.ftlh\" as marks><@marks.blocks diff.blocks/>";

    private static String render(Theme theme, WordDiff diff) throws Exception {
        StringWriter out = new StringWriter();
        new Template("use.ftlh", USE, theme.configuration()).process(Map.of("diff", diff), out);
        return out.toString();
    }

    @Test
    void addedAndRemovedWordsAreMarkedAndEveryWordIsEscaped() throws Exception {
        WordDiff diff = WordDiff.between("<p>Uses <code>&lt;b&gt;</code> tags.</p>",
                "<p>Uses <code>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</code> &amp; team's tags.</p>");

        assertEquals("<p>Uses <del>&lt;b&gt;</del> <ins>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; "
                + "team&#39;s</ins> tags.</p>\n", render(new Theme(null), diff));
    }

    @Test
    void aSiteCanMarkTheWordsItsOwnWay(@TempDir Path templates) throws Exception {
        Files.createDirectories(templates.resolve("partials"));
        Files.writeString(templates.resolve("partials/word-diff.ftlh"), """
                <#macro blocks blocks><#list blocks as block><#list block.spans as span>\
                <#if span.change == "ADDED">+${span.text}<#elseif span.change == "REMOVED">-${span.text}\
                <#else>${span.text}</#if><#sep> </#sep></#list>;</#list></#macro>""", StandardCharsets.UTF_8);
        WordDiff diff = WordDiff.between("<p>Ships small features.</p>", "<p>Ships large features.</p>");

        assertEquals("Ships -small +large features.;", render(new Theme(templates), diff));
    }
}
