package dev.ladder.serve;

import dev.ladder.BuildOptions;
import dev.ladder.LadderFixture;
import dev.ladder.SiteGenerator;
import dev.ladder.write.FileTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview server over HTTP, without a browser: what it serves, what it rebuilds and what it leaves. */
class LivePreviewTest {

    @TempDir
    Path dir;

    @Test
    void servesTheSiteWithItsContentTypesAndTheScriptOnlyInServedHtml() throws Exception {
        LadderFixture ladder = LadderFixture.in(dir);
        try (RunningPreview preview = RunningPreview.start(ladder.options())) {
            HttpResponse<String> home = preview.get("/");
            HttpResponse<String> level = preview.get("/eng/p1.html");
            HttpResponse<String> style = preview.get("/assets/style.css");
            HttpResponse<String> index = preview.get("/ladder.json");

            assertEquals(200, home.statusCode());
            assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(level.body().contains("Ships small tasks."), level.body());
            assertTrue(level.body().contains("/__ladder/live.js"), "no preview script in " + level.body());
            assertTrue(level.body().contains("data-page=\"eng/p1.html\""), level.body());
            assertEquals("text/css; charset=utf-8", style.headers().firstValue("Content-Type").orElseThrow());
            assertEquals("application/json", index.headers().firstValue("Content-Type").orElseThrow());
            assertEquals("text/javascript; charset=utf-8",
                    preview.get("/__ladder/live.js").headers().firstValue("Content-Type").orElseThrow());
            Map<String, String> built = FileTree.of(preview.preview().folder().resolve("site"));
            assertTrue(built.containsKey("eng/p1.html"), built.keySet().toString());
            assertTrue(built.values().stream().noneMatch(text -> text.contains("__ladder")),
                    "the preview's script reached the built files");
            assertTrue(preview.log().stream().anyMatch(line -> line.contains("serving " + preview.address())),
                    preview.log().toString());
        }
        assertFalse(Files.exists(ladder.path("site")), "the preview wrote the project's site folder");
    }

    @Test
    void unknownAddressesGetTheSitesNotFoundPageAndFoldersTheirIndex() throws Exception {
        try (RunningPreview preview = RunningPreview.start(LadderFixture.in(dir).options())) {
            HttpResponse<String> missing = preview.get("/eng/p9.html");
            HttpResponse<String> folder = preview.get("/eng");

            assertEquals(404, missing.statusCode());
            assertTrue(missing.body().contains("Page not found"), missing.body());
            assertTrue(missing.body().contains("<base href=\"/\">"), "links of the 404 page lead nowhere at depth");
            assertEquals(301, folder.statusCode());
            assertEquals("/eng/", folder.headers().firstValue("Location").orElseThrow());
            assertEquals(200, preview.get("/eng/").statusCode());
            assertTrue(preview.get("/eng/").body().contains("data-page=\"eng/index.html\""));
        }
    }

    @Test
    void onlyGetAndHeadAreAnswered() throws Exception {
        try (RunningPreview preview = RunningPreview.start(LadderFixture.in(dir).options())) {
            String head = preview.request("HEAD", "/eng/p1.html");
            String post = preview.request("POST", "/eng/p1.html");

            assertTrue(head.startsWith("HTTP/1.1 200"), head);
            assertFalse(head.contains("Ships small tasks."), head);
            assertTrue(post.startsWith("HTTP/1.1 405"), post);
            assertTrue(post.contains("Allow: GET, HEAD"), post);
        }
    }

    @Test
    void onlyLoopbackAddressesKeepThePreviewOnThisComputer() {
        BuildOptions build = LadderFixture.in(dir).options();

        assertTrue(ServeOptions.of(build, null, 1313).loopbackOnly());
        assertTrue(ServeOptions.of(build, "localhost", 1313).loopbackOnly());
        assertTrue(ServeOptions.of(build, "::1", 1313).loopbackOnly());
        assertFalse(ServeOptions.of(build, "0.0.0.0", 1313).loopbackOnly());
        assertEquals("127.0.0.1", ServeOptions.of(build, " ", 1313).host());
    }

    @Test
    void theBaseUrlsSubPathIsHonoured() throws Exception {
        LadderFixture ladder = LadderFixture.in(dir);
        try (RunningPreview preview = RunningPreview.start(ladder.optionsBuilder()
                .baseUrl("https://intranet.example/careers/ladder/").build())) {
            assertEquals("/careers/ladder/", preview.address().getPath());
            assertEquals(200, preview.get("/careers/ladder/eng/p1.html").statusCode());
            assertEquals(404, preview.get("/eng/p1.html").statusCode());
            assertEquals(301, preview.get("/careers/ladder").statusCode());
            assertTrue(preview.get("/careers/ladder/nothing").body().contains("<base href=\"/careers/ladder/\">"));
        }
    }

    @Test
    void aSaveRebuildsAndTellsWhichFilesChangedLeavingTheSiteFolderAlone() throws Exception {
        LadderFixture ladder = LadderFixture.in(dir);
        SiteGenerator.build(ladder.options());
        Map<String, String> published = FileTree.of(ladder.path("site"));
        try (RunningPreview preview = RunningPreview.start(ladder.options())) {
            long first = preview.preview().latest().number();
            ladder.write("content/eng/p1.md", LadderFixture.P1.replace("Ships small tasks.", "Ships tiny tasks."));

            BuildEvent rebuilt = preview.awaitBuild(first + 1);

            assertTrue(rebuilt.changed().contains("eng/p1.html"), rebuilt.changed().toString());
            // The home page shows no section (the track page does: its "What's new at each level").
            assertFalse(rebuilt.changed().contains("index.html"), "the home page did not change: "
                    + rebuilt.changed());
            assertTrue(preview.get("/eng/p1.html").body().contains("Ships tiny tasks."));
            assertTrue(preview.log().stream().anyMatch(line -> line.contains("after a change to content/eng/p1.md")
                    && line.contains("written")), preview.log().toString());
        }
        assertEquals(published, FileTree.of(ladder.path("site")), "the preview changed site/");
    }

    @Test
    void templatesAndTheChangelogAreWatchedTooEvenWhenCreatedLater() throws Exception {
        LadderFixture ladder = LadderFixture.in(dir);
        try (RunningPreview preview = RunningPreview.start(ladder.options())) {
            long first = preview.preview().latest().number();
            ladder.write("templates/partials/branding.ftlh", "<p class=\"brand\">Our own header</p>\n");
            RunningPreview.awaitTrue(() -> preview.get("/eng/p1.html").body().contains("Our own header"),
                    "the new template to show; log: " + preview.log());

            ladder.write("content/CHANGELOG.md", "# Changes\n\n## 2026-01-05\n\n- First version.\n");
            RunningPreview.awaitTrue(() -> preview.get("/changes.html").statusCode() == 200,
                    "changes.html to appear; log: " + preview.log());

            assertTrue(preview.preview().latest().number() > first);
        }
    }

    @Test
    void aPageConnectingLateHearsOfTheBuildsItMissed() throws Exception {
        LadderFixture ladder = LadderFixture.in(dir);
        try (RunningPreview preview = RunningPreview.start(ladder.options())) {
            long first = preview.preview().latest().number();
            ladder.write("content/eng/p2.md", LadderFixture.P2.replace("Reviews others' work.", "Reviews code."));
            // Not simply the next build: a late event from the files the fixture wrote can start a rebuild
            // that changes nothing before the one of this save. A late page hears of every build it missed.
            RunningPreview.awaitTrue(() -> preview.firstEvent(first).contains("\"eng/p2.html\""),
                    "the missed builds to name eng/p2.html; log: " + preview.log());

            String missed = preview.firstEvent(first);
            String unknown = preview.firstEvent(first + 100);

            assertTrue(missed.contains("\"build\":" + preview.preview().latest().number()), missed);
            assertTrue(missed.contains("\"eng/p2.html\""), missed);
            assertFalse(missed.contains("\"index.html\""), missed);
            assertTrue(missed.contains("\"everything\":false"), missed);
            assertTrue(unknown.contains("\"everything\":true"), "a page from another run must reload: " + unknown);
        }
    }

    @Test
    void errorsKeepTheLastGoodSiteAndShowInTheOverlayEscaped() throws Exception {
        LadderFixture ladder = LadderFixture.in(dir);
        try (RunningPreview preview = RunningPreview.start(ladder.options())) {
            long first = preview.preview().latest().number();
            ladder.write("content/eng/p1.md", LadderFixture.P1.replace("## Teamwork", "## <img src=x onerror=alert(1)>"));

            BuildEvent broken = preview.awaitBuild(first + 1);
            String overlay = preview.get("/__ladder/overlay").body();

            assertTrue(broken.problems().blocking());
            assertTrue(broken.changed().isEmpty(), "a build with errors changed " + broken.changed());
            assertTrue(preview.get("/eng/p1.html").body().contains("Asks for help early."));
            assertTrue(overlay.contains("content/eng/p1.md:11:1: error:"), overlay);
            assertTrue(overlay.contains("&lt;img src=x onerror=alert(1)&gt;"), overlay);
            assertFalse(overlay.contains("<img"), overlay);
            assertTrue(overlay.contains("data-ladder-problems"), overlay);

            ladder.write("content/eng/p1.md", LadderFixture.P1);
            BuildEvent fixed = preview.awaitBuild(first + 2);

            assertTrue(fixed.problems().isEmpty(), fixed.problems().toString());
            assertFalse(preview.get("/__ladder/overlay").body().contains("data-ladder-problems"));
        }
    }

    @Test
    void warningsShowAsADismissibleBar() throws Exception {
        LadderFixture ladder = LadderFixture.in(dir);
        ladder.write("content/eng/p1.md", LadderFixture.P1.replace("Ships small tasks.\n\n", ""));
        try (RunningPreview preview = RunningPreview.start(ladder.options())) {
            String overlay = preview.get("/__ladder/overlay").body();

            assertFalse(preview.preview().latest().problems().blocking());
            assertTrue(overlay.contains("class=\"bar\""), overlay);
            assertTrue(overlay.contains("data-ladder-dismiss"), overlay);
            assertTrue(overlay.contains("content/eng/p1.md:7:1: warning:"), overlay);
        }
    }

    @Test
    void aFirstBuildWithErrorsServesAPageThatShowsThem() throws Exception {
        LadderFixture ladder = LadderFixture.in(dir);
        ladder.write("content/eng/p1.md", LadderFixture.P1.replace("## Teamwork", "## Temwork"));
        try (RunningPreview preview = RunningPreview.start(ladder.options())) {
            HttpResponse<String> home = preview.get("/eng/p1.html");

            assertEquals(503, home.statusCode());
            assertTrue(home.body().contains("/__ladder/live.js"), home.body());
            assertTrue(preview.get("/__ladder/overlay").body().contains("did you mean &#39;Teamwork&#39;?"));
            assertTrue(preview.log().stream().anyMatch(line -> line.startsWith("ERROR content/eng/p1.md:11:1")),
                    preview.log().toString());
        }
    }

    @Test
    void aPortInUseIsNamedWithTheOptionToChangeIt() throws Exception {
        List<Path> before = previewFolders();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            ServeException refused = assertThrows(ServeException.class, () -> RunningPreview.start(
                    new ServeOptions(LadderFixture.in(dir).options(), ServeOptions.LOOPBACK, port,
                            ServeOptions.DEFAULT_QUIET)));

            assertEquals("port " + port + " on 127.0.0.1 is in use by another program (perhaps another preview); "
                    + "stop it, or choose a free port with -Dladder.port=" + (port + 1), refused.getMessage());
        }
        assertEquals(before, previewFolders(), "a preview that could not start left its folder");
    }

    @Test
    void closingStopsEveryThreadAndDeletesThePrivateFolder() throws Exception {
        List<String> before = threads();
        RunningPreview preview = RunningPreview.start(LadderFixture.in(dir).options());
        Path folder = preview.preview().folder();
        // A page listening for builds holds a request thread open.
        Thread listener = new Thread(() -> preview.raw("/__ladder/events?since=1"), "test-listener");
        listener.start();
        RunningPreview.awaitTrue(() -> threads().stream().anyMatch(name -> name.startsWith("ladder-serve-http")),
                "a request thread for the event stream");

        preview.close();
        listener.join(10_000);

        // The JDK's own threads of the server and the watch (HTTP-Dispatcher, FileSystemWatchService,
        // idle-timeout-task) end too; only the test's HTTP client may remain. The JDK ends some of them a
        // moment after close returns (its timer thread notices the cancel on its next wake), so wait, bounded.
        RunningPreview.awaitTrue(() -> threadsStartedSince(before).isEmpty(), "the preview's threads to end");
        assertEquals(List.of(), threadsStartedSince(before));
        assertFalse(Files.exists(folder), "the private folder is left: " + folder);
        assertFalse(listener.isAlive(), "the event stream did not end");
    }

    private static List<Path> previewFolders() throws IOException {
        try (Stream<Path> temps = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return temps.filter(path -> path.getFileName().toString().startsWith("ladder-serve-")).sorted().toList();
        }
    }

    private static List<String> threadsStartedSince(List<String> before) {
        return threads().stream().filter(name -> !before.contains(name))
                .filter(name -> !name.startsWith("HttpClient-")).toList();
    }

    private static List<String> threads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName).toList();
    }
}
