package dev.ladder.render;

import dev.ladder.LadderFixture;
import dev.ladder.write.FileTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ThemeOverrideTest {

    private static final List<String> SITE_FILES = List.of(".ladder-site", "404.html", "assets/favicon.svg",
            "assets/matrix.js", "assets/print.css", "assets/search.js", "assets/style.css", "eng/compare-l1-l2.html", "eng/index.html", "eng/l1.html", "eng/l2.html", "eng/matrix.html",
            "eng/print.html", "index.html", "ladder.json", "search-index.js");

    @TempDir
    Path dir;

    @Test
    void withoutATemplatesFolderTheBuiltInThemeRendersTheWholeSite() throws IOException {
        LadderFixture ladder = LadderFixture.summarised(dir);
        assertFalse(Files.exists(dir.resolve("templates")));

        RenderedSite site = RenderedSite.build(ladder.options());

        assertEquals(SITE_FILES, files(site));
        assertArrayEquals(builtIn("assets/style.css"), Files.readAllBytes(site.root().resolve("assets/style.css")));
        assertArrayEquals(builtIn("assets/favicon.svg"), Files.readAllBytes(site.root().resolve("assets/favicon.svg")));
        for (String page : site.pages()) {
            assertEquals("Test Ladder", site.page(page).selectFirst("header a.brand").text(), page);
            assertEquals("Test Ladder", site.page(page).selectFirst("footer p").text(), page);
        }
    }

    @Test
    void aTemplateInTheTemplatesFolderReplacesTheBuiltInOneOfTheSameName() {
        LadderFixture ladder = LadderFixture.summarised(dir)
                .write("templates/partials/branding.ftlh", "<p class=\"acme\">Acme: ${site.title}</p>\n");

        RenderedSite site = RenderedSite.build(ladder.options());

        for (String page : site.pages()) {
            assertEquals(List.of("Acme: Test Ladder"), site.page(page).select("header .acme").eachText(), page);
            assertEquals(List.of(), site.page(page).select("a.brand"), page);
        }
        // The rest of the theme is still the built-in one.
        assertEquals("Test Ladder", site.page("index.html").selectFirst("footer p").text());
    }

    @Test
    void assetsInTheTemplatesFolderReplaceBuiltInOnesOfTheSameNameAndAddTheirOwn() throws IOException {
        LadderFixture ladder = LadderFixture.summarised(dir)
                .write("templates/assets/style.css", "body { color: teal; }\n")
                .write("templates/assets/img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");

        RenderedSite site = RenderedSite.build(ladder.options());

        assertEquals("body { color: teal; }\n", Files.readString(site.root().resolve("assets/style.css")));
        assertEquals("<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n",
                Files.readString(site.root().resolve("assets/img/logo.svg")));
        assertArrayEquals(builtIn("assets/favicon.svg"), Files.readAllBytes(site.root().resolve("assets/favicon.svg")));
        assertEquals(Set.of(".ladder-site", "assets/favicon.svg", "assets/img/logo.svg", "assets/matrix.js", "assets/print.css", "assets/search.js",
                "assets/style.css", "ladder.json", "search-index.js"),
                Set.copyOf(files(site).stream().filter(f -> !f.endsWith(".html")).toList()));
    }

    private static List<String> files(RenderedSite site) {
        return FileTree.of(site.root()).keySet().stream().filter(name -> !name.endsWith("/")).toList();
    }

    private static byte[] builtIn(String name) throws IOException {
        try (InputStream in = Theme.class.getResourceAsStream(Theme.BUILT_IN + "/" + name)) {
            return in.readAllBytes();
        }
    }
}
