package dev.ladder.publish;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One page of each type of the repository's ladder in headless Chromium, served by nginx and opened from
 * disk: it loads with no failed request, no console error and nothing from any other host, and axe-core
 * finds no WCAG 2.1 A or AA violation.
 */
class BrowserTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @TempDir
    static Path temp;

    private static BuiltSite site;
    private static NginxServer nginx;
    private static HeadlessChromium chromium;
    private static Map<String, String> pages;

    @BeforeAll
    static void startServerAndBrowser() throws Exception {
        RequiredTools.requireWebServer("BrowserTest");
        RequiredTools.requireBrowser("BrowserTest");
        site = BuiltSite.buildInto(temp.resolve("site"));
        pages = site.pageOfEachType();
        nginx = NginxServer.start(site, temp.resolve("nginx"));
        chromium = HeadlessChromium.start(temp.resolve("chromium-profile"));
    }

    @AfterAll
    static void stopBrowserAndServer() throws InterruptedException {
        if (chromium != null) {
            chromium.close();
        }
        if (nginx != null) {
            nginx.close();
        }
    }

    @Test
    void everyPageTypeLoadsCleanlyFromNginx() {
        assertLoadsCleanly(page -> nginx.base().resolve(page).toString(), servedFromNginx());
    }

    @Test
    void everyPageTypeLoadsCleanlyFromDisk() {
        String root = site.root().toUri().toString();
        assertLoadsCleanly(page -> site.file(page).toUri().toString(), url -> url.startsWith(root));
    }

    @Test
    void everyPageTypeHasNoWcag21AaViolations() {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            chromium.open(nginx.base().resolve(page.getValue()).toString());
            Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(chromium.driver());
            assertNull(results.getErrorMessage(), () -> "axe-core could not check " + page.getValue());
            assertFalse(results.getPasses().isEmpty(), () -> "axe-core checked nothing on " + page.getValue());
            for (Rule rule : results.getViolations()) {
                violations.add(page.getKey() + " page " + page.getValue() + ": " + rule.getId()
                        + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n    " + targets(rule));
            }
        }
        assertTrue(violations.isEmpty(), () -> violations.size() + " accessibility violations:\n"
                + String.join("\n", violations));
    }

    /** The grade grid, a level's same-grade list and a cross-track compare page of the job-architecture example. */
    @Test
    void theGradePagesOfTheExampleLoadCleanlyAndHaveNoWcag21AaViolations() {
        BuiltSite example = BuiltSite.buildExampleInto(temp.resolve("example"));
        String root = example.root().toUri().toString();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> page : example.gradePages().entrySet()) {
            String url = example.file(page.getValue()).toUri().toString();
            problems.addAll(loadProblems(page.getKey() + " page " + url, chromium.open(url), request -> request.startsWith(root)));
            Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(chromium.driver());
            assertNull(results.getErrorMessage(), () -> "axe-core could not check " + page.getValue());
            assertFalse(results.getPasses().isEmpty(), () -> "axe-core checked nothing on " + page.getValue());
            for (Rule rule : results.getViolations()) {
                problems.add(page.getKey() + " page " + page.getValue() + ": " + rule.getId() + " (" + rule.getImpact()
                        + "): " + rule.getHelp() + "\n    " + targets(rule));
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void theNotFoundPageLoadsCleanlyAtAMissingAddress() {
        assertTrue(site.notFoundPage().isPresent(), "every build makes " + BuiltSite.NOT_FOUND + ", but this site has none");
        String missing = nginx.base().resolve("no-such-page.html").toString();
        HeadlessChromium.Visit visit = chromium.open(missing);
        List<String> problems = new ArrayList<>();
        if (visit.failedRequests().stream().noneMatch(failed -> failed.equals(missing + " answered 404"))) {
            problems.add(missing + " did not answer 404; requests that failed: " + visit.failedRequests());
        }
        // The missing address itself answering 404 is the point; anything else failing is not.
        HeadlessChromium.Visit rest = new HeadlessChromium.Visit(missing, visit.requests(),
                visit.failedRequests().stream().filter(failed -> !failed.startsWith(missing + " ")).toList(),
                visit.consoleErrors().stream().filter(error -> !error.startsWith(missing + " - ")).toList());
        problems.addAll(loadProblems("not-found page at " + missing, rest, servedFromNginx()));
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    /**
     * Opens every page type at the URL {@code address} gives it; every request the page makes must
     * satisfy {@code ownSite}, apart from inline data.
     */
    private static void assertLoadsCleanly(Function<String, String> address, Predicate<String> ownSite) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            String url = address.apply(page.getValue());
            problems.addAll(loadProblems(page.getKey() + " page " + url, chromium.open(url), ownSite));
        }
        assertTrue(problems.isEmpty(), () -> problems.size() + " problems loading the site in Chromium:\n"
                + String.join("\n", problems));
    }

    private static List<String> loadProblems(String label, HeadlessChromium.Visit visit, Predicate<String> ownSite) {
        List<String> problems = new ArrayList<>();
        if (!visit.requests().contains(visit.url())) {
            problems.add(label + ": the browser's network log does not show the page itself; requests seen: "
                    + visit.requests());
        }
        visit.failedRequests().forEach(failed -> problems.add(label + ": request failed: " + failed));
        visit.consoleErrors().forEach(error -> problems.add(label + ": console error: " + error));
        visit.requests().stream()
                .filter(request -> !request.startsWith("data:") && !ownSite.test(request))
                .forEach(request -> problems.add(label + ": request outside the site: " + request));
        return problems;
    }

    private static Predicate<String> servedFromNginx() {
        String origin = "http://127.0.0.1:" + nginx.base().getPort() + "/";
        return url -> url.startsWith(origin);
    }

    private static String targets(Rule rule) {
        List<String> targets = new ArrayList<>();
        for (CheckedNode node : rule.getNodes()) {
            targets.add(String.valueOf(node.getTarget()));
        }
        return String.join("\n    ", targets);
    }
}
