package dev.ladder.render;

import dev.ladder.BuildOptions;
import dev.ladder.LadderFixture;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Everything an editor writes reaches a page as text: a value that looks like markup is shown, never run.
 * The attack string stands in every field a page shows, so a template that forgot to escape one fails here.
 */
class EscapingTest {

    private static final String ATTACK = "<script>alert(1)</script>";

    @TempDir
    Path dir;

    private LadderFixture ladder;

    @BeforeEach
    void writeAttackEverywhere() {
        ladder = LadderFixture.summarised(dir)
                .write("content/_index.md", """
                        ---
                        title: "%1$s"
                        organisation: "%1$s"
                        version: "%1$s"
                        effective: 2026-01-05
                        ---
                        %1$s
                        """.formatted(ATTACK))
                .write("content/eng/_index.md", """
                        ---
                        title: "%1$s"
                        family: "%1$s"
                        summary: "%1$s"
                        levels: [L1, "%1$s"]
                        competencies: [Delivery, "%1$s"]
                        ---
                        %1$s
                        """.formatted(ATTACK))
                .write("content/eng/l1.md", level("L1"))
                .write("content/eng/l2.md", level(ATTACK));
    }

    private static String level(String code) {
        return """
                ---
                level: "%1$s"
                title: "%2$s"
                summary: "%2$s"
                ---
                %2$s

                ## Delivery

                %2$s

                ## %2$s

                Says <script>alert(1)</script> inline.
                """.formatted(code, ATTACK);
    }

    /** The content's HTML is shown as text, and the build says so. */
    private static final String SHOWN_AS_TEXT = "HTML '<script>";
    private static final String THEME_SCRIPT = "<script src=\"%sassets/%s\" defer></script>";

    @Test
    void noValueOfTheContentBecomesMarkupOnAnyPage() {
        RenderedSite site = RenderedSite.buildWarned(ladder.options(), SHOWN_AS_TEXT);

        assertEquals(List.of("404.html", "eng/compare-l1-l2.html", "eng/index.html", "eng/l1.html", "eng/l2.html", "eng/matrix.html",
                "eng/print.html", "index.html"), site.pages());
        for (String path : site.pages()) {
            // The theme's own scripts are the only scripts a page may have: search, and on the matrix its controls.
            String root = path.contains("/") ? "../" : "";
            List<String> expected = path.endsWith("/matrix.html")
                    ? List.of(THEME_SCRIPT.formatted(root, "search.js"), THEME_SCRIPT.formatted(root, "matrix.js"))
                    : List.of(THEME_SCRIPT.formatted(root, "search.js"));
            List<String> scripts = site.page(path).select("script").stream().map(Element::outerHtml).toList();
            assertEquals(expected, scripts, path);
            assertEquals(expected.size(), site.source(path).toLowerCase(Locale.ROOT).split("<script", -1).length - 1, path);
        }
    }

    @Test
    void theRunningHeaderOfPrintedSheetsHoldsTheValuesAsCssStringsThatCannotEndTheStyle() {
        RenderedSite site = RenderedSite.buildWarned(ladder.options(), SHOWN_AS_TEXT);
        String attack = "\\3c script>alert(1)\\3c /script>";

        for (String path : List.of("eng/l2.html", "eng/print.html")) {
            Element style = site.page(path).selectFirst("head style[media=print]");
            String css = style.data();
            assertTrue(css.contains("@top-left { width: 100%;"), css);
            assertTrue(css.contains("content: \"" + attack + " · " + attack + " · "), css);
            assertTrue(css.contains("content: \"version " + attack + " · effective 5 January 2026 · " + path + "\""),
                    css);
            assertFalse(css.contains("<"), css);
        }
    }

    @Test
    void frontMatterValuesAreShownAsTheTextTheEditorWrote() {
        RenderedSite site = RenderedSite.buildWarned(ladder.options(), SHOWN_AS_TEXT);

        Document home = site.page("index.html");
        assertEquals(ATTACK, home.selectFirst("h1").text());
        assertEquals(ATTACK, home.selectFirst(".family h2").text());
        assertEquals(ATTACK, home.selectFirst(".track-card h3").text());
        assertEquals(ATTACK + " · " + ATTACK, home.selectFirst(".brand").text());
        assertEquals(ATTACK + " · version " + ATTACK + " · effective 5 January 2026",
                home.selectFirst(".site-footer p").text());
        assertEquals(ATTACK, home.selectFirst("main .prose").text());

        Document level = site.page("eng/l2.html");
        assertEquals(ATTACK + " " + ATTACK, level.selectFirst("h1").text());
        assertEquals(ATTACK, level.selectFirst(".lead").text());
        assertEquals(List.of("Delivery", ATTACK), level.select("section.competency h2").eachText());
        assertEquals(List.of(ATTACK, "Says " + ATTACK + " inline."),
                level.select("section.competency p").eachText());
    }

    @Test
    void rawHtmlInBodiesPassesThroughWhenAllowedButFrontMatterStaysText() {
        BuildOptions options = BuildOptions.builder(dir).output(dir.resolve("site")).allowRawHtml(true).build();

        RenderedSite site = RenderedSite.build(options);

        Document level = site.page("eng/l2.html");
        Element main = level.selectFirst("main");
        // The intro, the Delivery section and the inline script of the second section: the three written in Markdown.
        // "What changes" repeats the bullets it lists as they are written, so it shows the same Markdown again.
        Element profile = main.clone();
        profile.select(".what-changes").remove();
        assertEquals(3, profile.select("script").size());
        assertEquals(List.of(), level.select("h1 script, .lead script, title script, .breadcrumb script, "
                + "section.competency h2 script, .level-nav script"));
        assertEquals(ATTACK + " " + ATTACK, level.selectFirst("h1").text());
        assertEquals(ATTACK, site.page("eng/index.html").selectFirst(".eyebrow").text());
        assertEquals(List.of(), site.page("index.html").select("header script, h1 script, footer script"));
    }
}
