package dev.ladder.publish;

import dev.ladder.BuildResult;
import dev.ladder.versions.ReleasedLadder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checks of {@link SiteLinksTest} and {@link HtmlConformanceTest} over a site with a versions archive: the
 * archived versions' own links, their banners into the current version, the versions page's links into each
 * version and every footer's link to the versions page all lead somewhere, and the pages are conforming HTML.
 */
class VersionsSiteTest {

    @TempDir
    static Path project;

    private static BuiltSite site;

    @BeforeAll
    static void build() throws Exception {
        ReleasedLadder released = ReleasedLadder.in(project);
        BuildResult result = released.build("v*");
        assertEquals(List.of(), result.problems());
        site = BuiltSite.at(released.fixture().site());
    }

    @Test
    void theVersionsPageAndArchivedPagesPassTheNuHtmlChecker() throws Exception {
        NuHtmlChecker checker = new NuHtmlChecker();
        List<String> errors = new ArrayList<>();
        List<String> pages = site.htmlPages().stream()
                .filter(page -> page.equals("versions.html") || page.startsWith("versions/v1.0/")).toList();
        assertTrue(pages.size() > 10, "too few pages: " + pages);
        for (String page : pages) {
            for (NuHtmlChecker.Message message : checker.checkHtml(site.file(page))) {
                if (message.error()) {
                    errors.add(message.format(page));
                }
            }
        }
        assertTrue(errors.isEmpty(), () -> String.join("\n", errors));
    }

    @Test
    void everyArchivedPageIsNoindexAndEveryPageButARedirectCarriesTheBanner() throws Exception {
        List<String> archived = site.htmlPages().stream().filter(page -> page.startsWith("versions/")).toList();
        assertTrue(archived.size() > 30, "too few archived pages: " + archived);
        for (String page : archived) {
            Document document = Jsoup.parse(site.file(page).toFile(), "UTF-8");
            assertEquals("noindex", document.select("meta[name=robots]").attr("content"), page);
            boolean redirect = !document.select("meta[http-equiv=refresh]").isEmpty();
            assertEquals(!redirect, document.selectFirst(".archive-banner") != null, page);
        }
        for (String page : site.htmlPages().stream().filter(page -> !page.startsWith("versions/")).toList()) {
            Document document = Jsoup.parse(site.file(page).toFile(), "UTF-8");
            assertTrue(document.select(".archive-banner").isEmpty(), page);
        }
    }

    @Test
    void everyLinkOfTheCurrentSiteAndItsVersionsLeadsSomewhere() {
        LocalLinks links = new LocalLinks(site);
        List<String> broken = new ArrayList<>();
        int intoArchive = 0;
        int outOfArchive = 0;
        for (Map.Entry<String, List<Reference>> file : links.referencesByFile().entrySet()) {
            for (Reference reference : file.getValue()) {
                if (reference.form() != Reference.Form.RELATIVE && reference.form() != Reference.Form.FRAGMENT) {
                    continue;
                }
                links.problem(file.getKey(), reference).ifPresent(problem -> broken.add(file.getKey() + ":"
                        + reference.line() + ": " + reference.url() + ": " + problem));
                boolean archived = file.getKey().startsWith("versions/");
                if (!archived && reference.url().startsWith("versions/")) {
                    intoArchive++;
                }
                if (archived && reference.url().startsWith("../../")) {
                    outOfArchive++;
                }
            }
        }
        assertTrue(site.htmlPages().stream().filter(page -> page.startsWith("versions/v1.0/")).count() > 10);
        assertTrue(intoArchive >= 3, "the versions page links to too few versions: " + intoArchive);
        assertTrue(outOfArchive > 10, "too few links from archived pages back to the current site: " + outOfArchive);
        assertTrue(broken.isEmpty(), () -> broken.size() + " broken references:\n" + String.join("\n", broken));
    }
}
