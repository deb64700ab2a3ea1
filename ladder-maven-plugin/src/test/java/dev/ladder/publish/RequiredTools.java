package dev.ladder.publish;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Debian programs the browser and web-server tests drive, and the Debian font the PDF font test uses. A developer without them sees the tests
 * skipped with a line saying what to install; CI sets {@code LADDER_REQUIRE_TOOLS=true}, where a missing
 * program fails the test rather than letting it pass unseen.
 */
final class RequiredTools {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path NGINX = Path.of("/usr/sbin/nginx");
    /** A font with Chinese, Japanese and Korean characters (Apache 2.0), for the PDFs' font folder. */
    static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    private static final String BROWSER_PACKAGES = "chromium chromium-driver";
    private static final String SERVER_PACKAGES = "nginx";
    private static final String CJK_FONT_PACKAGES = "fonts-droid-fallback";

    private RequiredTools() {
    }

    static void requireBrowser(String test) {
        require(test, CHROMIUM, BROWSER_PACKAGES);
        require(test, CHROMEDRIVER, BROWSER_PACKAGES);
    }

    static void requireWebServer(String test) {
        require(test, NGINX, SERVER_PACKAGES);
    }

    static void requireCjkFont(String test) {
        require(test, CJK_FONT, Files.isReadable(CJK_FONT), CJK_FONT_PACKAGES);
    }

    static void require(String test, Path tool, String packages) {
        require(test, tool, Files.isExecutable(tool), packages);
    }

    private static void require(String test, Path tool, boolean present, String packages) {
        if (present) {
            return;
        }
        String message = test + ": " + tool + " not installed; install Debian packages " + packages;
        if ("true".equals(System.getenv("LADDER_REQUIRE_TOOLS"))) {
            Assertions.fail(message + " (LADDER_REQUIRE_TOOLS=true, so this test may not be skipped)");
        }
        System.err.println("SKIPPED: " + message);
        Assumptions.abort(message);
    }
}
