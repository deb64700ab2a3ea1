package dev.ladder.publish;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The repository's ladder served by nginx under /careers/ladder/, as it is published: every link and
 * asset reachable from the home page answers 200, and every page is reachable.
 */
class ServedSiteTest {

    private static final int MAX_REQUESTS = 300;

    @TempDir
    static Path temp;

    private static BuiltSite site;
    private static NginxServer nginx;
    private static HttpClient client;
    private static SiteCrawl crawl;

    @BeforeAll
    static void serveAndCrawl() throws Exception {
        RequiredTools.requireWebServer("ServedSiteTest");
        site = BuiltSite.buildInto(temp.resolve("site"));
        nginx = NginxServer.start(site, temp.resolve("nginx"));
        client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        crawl = SiteCrawl.from(nginx.base().resolve(BuiltSite.HOME), client, MAX_REQUESTS);
        if (!crawl.external().isEmpty()) {
            System.out.println("Links to other sites (listed, not followed):\n  "
                    + String.join("\n  ", crawl.external()));
        }
    }

    @AfterAll
    static void stopServer() throws InterruptedException {
        if (nginx != null) {
            nginx.close();
        }
    }

    @Test
    void everyLinkAndAssetFromTheHomePageAnswers200() {
        List<String> failed = crawl.answers().stream()
                .filter(answer -> answer.status() != 200)
                .map(SiteCrawl.Answer::format)
                .collect(Collectors.toList());
        failed.addAll(crawl.invalid());
        assertTrue(crawl.answers().size() > 1, "the crawl found nothing to follow from the home page");
        assertTrue(failed.isEmpty(), () -> failed.size() + " of " + crawl.answers().size()
                + " requests to nginx failed:\n" + String.join("\n", failed));
    }

    @Test
    void theCrawlReachesEveryPageOfTheSite() {
        Set<String> requested = crawl.answers().stream().map(SiteCrawl.Answer::url).collect(Collectors.toSet());
        List<String> unreached = site.htmlPages().stream()
                .filter(page -> !page.equals(BuiltSite.NOT_FOUND))
                .filter(page -> !requested.contains(nginx.base().resolve(page).toString()))
                .toList();
        assertTrue(unreached.isEmpty(), () -> "no link leads to these pages from the home page: " + unreached);
    }

    @Test
    void aMissingPageAnswers404WithTheSitesNotFoundPage() throws Exception {
        assertTrue(site.notFoundPage().isPresent(), "every build makes " + BuiltSite.NOT_FOUND + ", but this site has none");
        URI missing = nginx.base().resolve("no-such-page.html");
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(missing).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, response.statusCode(), () -> missing + " answered " + response.statusCode());
        assertEquals(Files.readString(site.file(BuiltSite.NOT_FOUND)), response.body(),
                () -> missing + " did not answer with the site's " + BuiltSite.NOT_FOUND);
    }
}
