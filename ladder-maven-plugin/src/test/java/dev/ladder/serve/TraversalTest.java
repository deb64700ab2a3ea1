package dev.ladder.serve;

import dev.ladder.LadderFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests that try to reach a file outside the site, sent as raw request lines so that no client tidies
 * them first: every one is refused, and none answers with the secret kept beside the content.
 */
class TraversalTest {

    private static final String SECRET = "SECRET-do-not-serve";

    @TempDir
    static Path dir;

    private static RunningPreview preview;

    @BeforeAll
    static void start() throws Exception {
        LadderFixture ladder = LadderFixture.in(dir).write("secret.txt", SECRET + "\n")
                .write("content/eng/secret.txt", SECRET + "\n");
        preview = RunningPreview.start(ladder.options());
        Path site = preview.preview().folder().resolve("site");
        // Links inside the site folder, as a tampered folder could hold: to a file and a folder elsewhere.
        Files.createSymbolicLink(site.resolve("linked.txt"), ladder.path("secret.txt"));
        Files.createSymbolicLink(site.resolve("linked"), dir);
        Files.createSymbolicLink(site.resolve("eng/linked.html"), ladder.path("secret.txt"));
    }

    @AfterAll
    static void stop() {
        if (preview != null) {
            preview.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/../secret.txt",
            "/../../../../../../etc/passwd",
            "/eng/../../secret.txt",
            "/%2e%2e/secret.txt",
            "/%2E%2E/%2E%2E/etc/passwd",
            "/eng/%2e%2e/%2e%2e/secret.txt",
            "/..%2fsecret.txt",
            "/eng/..%2f..%2fsecret.txt",
            "/..%5csecret.txt",
            "/%252e%252e/secret.txt",
            "/./../secret.txt",
            "//etc/passwd",
            "/%2fetc%2fpasswd",
            "/%2Fetc/passwd",
            "/C:/Windows/win.ini",
            "/c:%5cWindows%5cwin.ini",
            "/eng/secret.txt%00.html",
            "/.ladder-site",
            "/linked.txt",
            "/linked/secret.txt",
            "/linked/content/eng/p1.md",
            "/eng/linked.html",
            "http://127.0.0.1/../secret.txt",
            "/..;/secret.txt",
            "/%c0%ae%c0%ae/secret.txt",
            "/eng/p1.html/../../secret.txt"
    })
    void aRequestOutsideTheSiteIsRefused(String target) {
        String answer = preview.raw(target);

        assertFalse(answer.contains(SECRET), target + " answered with the secret:\n" + answer);
        assertFalse(answer.contains("root:"), target + " answered with /etc/passwd:\n" + answer);
        assertTrue(answer.startsWith("HTTP/1.1 404") || answer.startsWith("HTTP/1.1 400"),
                target + " was not refused:\n" + answer);
    }

    @Test
    void aPageOfAnotherSiteThatLeadsItsNameHereIsRefused() {
        int port = preview.address().getPort();
        String rebound = preview.request("GET", "/eng/p1.html", "attacker.example:" + port);
        String events = preview.request("GET", "/__ladder/overlay", "attacker.example");

        assertTrue(rebound.startsWith("HTTP/1.1 403"), rebound);
        assertFalse(rebound.contains("Ships small tasks."), rebound);
        assertTrue(events.startsWith("HTTP/1.1 403"), events);
        assertTrue(preview.request("GET", "/eng/p1.html", "127.0.0.1:" + port).startsWith("HTTP/1.1 200"));
        assertTrue(preview.request("GET", "/eng/p1.html", "[::1]:" + port).startsWith("HTTP/1.1 200"));
    }

    @Test
    void theSameRequestsInsideTheSiteAreAnswered() {
        assertTrue(preview.raw("/eng/p1.html").startsWith("HTTP/1.1 200"));
        assertTrue(preview.raw("/eng/%70%31.html").startsWith("HTTP/1.1 200"), "an encoded name inside the site");
    }
}
