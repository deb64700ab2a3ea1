package dev.ladder.render;

import dev.ladder.BuildResult;
import dev.ladder.LadderFixture;
import dev.ladder.SiteGenerator;
import dev.ladder.problem.Problem;
import dev.ladder.write.FileTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A mistake in a site's own template is reported like a mistake in the content: one line naming the
 * template file, the line and column in it, and the page that was being rendered; and nothing is published.
 */
class TemplateErrorTest {

    private static final String BRANDING = "templates/partials/branding.ftlh";

    @TempDir
    Path dir;

    private LadderFixture ladder;
    private Map<String, String> published;

    @BeforeEach
    void publishAGoodSiteFirst() {
        ladder = LadderFixture.summarised(dir);
        RenderedSite.build(ladder.options());
        published = FileTree.of(dir.resolve("site"));
    }

    @Test
    void aSyntaxErrorInAnOverrideIsReportedAtItsLineInTheOverride() {
        ladder.write(BRANDING, "<p>\n<#if site.title?has_content>${site.title}\n");

        String line = onlyProblem(SiteGenerator.build(ladder.options()));

        assertTrue(line.startsWith(BRANDING + ":2:42: error: template error while rendering index.html: "
                + "Unexpected end of file reached. You have an unclosed #if."), line);
        assertPublishedSiteUntouched();
    }

    @Test
    void aMissingVariableInAnOverrideIsReportedAtTheVariableWithItsName() {
        ladder.write(BRANDING, "<p>\n  ${nosuch}\n</p>\n");

        String line = onlyProblem(SiteGenerator.build(ladder.options()));

        assertEquals(BRANDING + ":2:5: error: template error while rendering index.html: 'nosuch' is missing "
                + "or empty; check its spelling, or write nosuch!\"\" where it may be left out", line);
        assertPublishedSiteUntouched();
    }

    @Test
    void anIncludeOfATemplateThatDoesNotExistIsReportedAtTheInclude() {
        ladder.write(BRANDING, "<#include \"logo.ftlh\">\n");

        String line = onlyProblem(SiteGenerator.build(ladder.options()));

        assertEquals(BRANDING + ":1:1: error: template error while rendering index.html: template "
                + "'partials/logo.ftlh' is not in the templates folder nor in the built-in theme", line);
        assertPublishedSiteUntouched();
    }

    @Test
    void theProblemNamesThePageOnWhichTheTemplateFailed() {
        // Only the last level has no next level.
        ladder.write("templates/partials/level-nav.ftlh", "<nav>\n<a href=\"${next.page}\">next</a>\n</nav>\n");

        String line = onlyProblem(SiteGenerator.build(ladder.options()));

        assertEquals("templates/partials/level-nav.ftlh:2:12: error: template error while rendering eng/l2.html: "
                + "'next' is missing or empty; check its spelling, or write next!\"\" where it may be left out", line);
        assertPublishedSiteUntouched();
    }

    @Test
    void aBrokenPageTemplateIsReportedOnceThoughEveryPageOfItsKindFails() {
        ladder.write("templates/level.ftlh", "<h1>${level.title</h1>\n");

        BuildResult result = SiteGenerator.build(ladder.options());

        assertEquals(1, result.problems().size(), result.problems().toString());
        assertTrue(onlyProblem(result).startsWith("templates/level.ftlh:1:19: error: template error while "
                + "rendering eng/l1.html: Encountered \"/\""), onlyProblem(result));
        assertPublishedSiteUntouched();
    }

    private String onlyProblem(BuildResult result) {
        assertFalse(result.written());
        List<String> lines = result.problems().stream().map(problem -> problem.format(dir)).toList();
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(result.problems().stream().allMatch(Problem::isError));
        String line = lines.get(0);
        assertFalse(line.contains("\n") || line.contains("FTL stack trace") || line.contains("freemarker."), line);
        return line;
    }

    private void assertPublishedSiteUntouched() {
        assertEquals(published, FileTree.of(dir.resolve("site")));
        assertEquals(List.of("content/", "site/", "templates/"), FileTree.of(dir).keySet().stream()
                .filter(name -> name.indexOf('/') == name.length() - 1).toList());
    }
}
