package dev.ladder.render;

import dev.ladder.LadderFixture;
import dev.ladder.SiteGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Links that templates write are followed too: a theme override cannot publish a dead link. */
class TemplateLinkTest {

    @TempDir
    Path dir;

    @Test
    void aTemplateLinkToAPageTheSiteDoesNotHaveFailsTheCheckOncePerTemplate() {
        LadderFixture ladder = LadderFixture.in(dir).write("templates/track.ftlh", """
                <#import "layout.ftlh" as layout>
                <@layout.page title=track.title>
                <h1>${track.title}</h1>
                <a href="careers.html">Careers</a> <a href="p1.html#no-such-section">P1</a>
                <a href="p1.html#delivery">fine</a> <a href="https://example.com/">fine too</a>
                </@layout.page>
                """);

        assertEquals(List.of(
                "templates/track.ftlh: error: link 'careers.html' on eng/index.html leads nowhere (the site has no "
                        + "eng/careers.html); this template or a partial it includes writes it",
                "templates/track.ftlh: error: link 'p1.html#no-such-section' on eng/index.html leads nowhere "
                        + "(eng/p1.html has no anchor #no-such-section); this template or a partial it includes "
                        + "writes it"),
                ladder.check());
    }

    @Test
    void aLinkToAnAnchorTheSamePageDoesNotHaveFailsTheCheck() {
        LadderFixture ladder = LadderFixture.in(dir).write("templates/track.ftlh", """
                <#import "layout.ftlh" as layout>
                <@layout.page title=track.title>
                <h1 id="top">${track.title}</h1>
                <a href="#top">Top</a> <a href="#bottom">Bottom</a> <a href="index.html#nowhere">Here</a>
                </@layout.page>
                """);

        assertEquals(List.of(
                "templates/track.ftlh: error: link '#bottom' on eng/index.html leads nowhere "
                        + "(eng/index.html has no anchor #bottom); this template or a partial it includes writes it",
                "templates/track.ftlh: error: link 'index.html#nowhere' on eng/index.html leads nowhere "
                        + "(eng/index.html has no anchor #nowhere); this template or a partial it includes writes it"),
                ladder.check());
    }

    @Test
    void aBuildWithADeadTemplateLinkWritesNothing() {
        LadderFixture ladder = LadderFixture.in(dir)
                .write("templates/partials/footer.ftlh", "<footer><a href=\"${root}about.html\">About</a></footer>\n");

        var result = SiteGenerator.build(ladder.options());

        // The partial is in every page; the problem is given once for each page template that includes it.
        assertEquals(List.of("built-in theme/404.ftlh", "built-in theme/compare.ftlh", "built-in theme/home.ftlh",
                "built-in theme/level.ftlh", "built-in theme/matrix.ftlh", "built-in theme/print.ftlh",
                "built-in theme/track.ftlh"),
                result.problems().stream().map(problem -> problem.displayPath(dir)).toList());
        assertFalse(result.written());
        assertFalse(Files.exists(dir.resolve("site")));
    }
}
