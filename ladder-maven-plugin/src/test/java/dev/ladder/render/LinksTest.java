package dev.ladder.render;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Links stay relative, so the site works from any folder or sub-path, and every one of them leads somewhere. */
class LinksTest {

    @TempDir
    Path dir;

    @Test
    void linksBetweenContentFilesPointAtTheirPages() {
        RenderedSite site = RenderedSite.build(ThreeLevelLadder.in(dir).options());

        assertEquals(List.of("l2.html", "l2.html#delivery", ThreeLevelLadder.GUIDE),
                site.page("eng/l1.html").select("section:has(#delivery) p a").eachAttr("href"));
        assertEquals(List.of("l2.html", "l2.html#delivery", ThreeLevelLadder.GUIDE),
                site.page("eng/matrix.html").select("tr#delivery td a:not(.cell-level)").eachAttr("href"));
        assertEquals(List.of("eng/index.html"), site.page("index.html").select("main .prose a").eachAttr("href"));
        assertEquals(List.of("l1.html"), site.page("eng/index.html").select("main .prose a").eachAttr("href"));
    }

    @Test
    void everyLinkOfEveryPageIsRelativeAndLeadsToAFileAndAnchorOfTheSite() {
        RenderedSite site = RenderedSite.build(ThreeLevelLadder.in(dir).options());

        for (String path : site.pages()) {
            Document page = site.page(path);
            for (Element element : page.select("[href], [src]")) {
                String link = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                String where = path + ": " + element.outerHtml();
                if (link.equals(ThreeLevelLadder.GUIDE)) {
                    continue;
                }
                assertTrue(!link.startsWith("/") && !link.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*"), where);
                int hash = link.indexOf('#');
                String file = hash < 0 ? link : link.substring(0, hash);
                Path target = file.isEmpty() ? site.root().resolve(path)
                        : site.root().resolve(path).resolveSibling(file).normalize();
                assertTrue(target.startsWith(site.root()) && Files.isRegularFile(target), where);
                if (hash >= 0) {
                    Document targetPage = site.page(site.root().relativize(target).toString().replace('\\', '/'));
                    assertNotNull(targetPage.getElementById(link.substring(hash + 1)), where);
                }
            }
        }
    }
}
