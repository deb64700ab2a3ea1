package dev.ladder.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A missing browser or server skips its test visibly on a developer's machine, and fails it in CI. */
class RequiredToolsTest {

    @TempDir
    Path temp;

    @Test
    void aMissingToolSkipsWithAVisibleLineOrFailsWhenToolsAreRequired() {
        Path missing = temp.resolve("chromium");
        String expected = "SomeTest: " + missing + " not installed; install Debian packages chromium chromium-driver";
        if ("true".equals(System.getenv("LADDER_REQUIRE_TOOLS"))) {
            AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                    () -> RequiredTools.require("SomeTest", missing, "chromium chromium-driver"));
            assertEquals(expected + " (LADDER_REQUIRE_TOOLS=true, so this test may not be skipped)",
                    failure.getMessage());
            return;
        }
        PrintStream standardError = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            TestAbortedException skipped = assertThrows(TestAbortedException.class,
                    () -> RequiredTools.require("SomeTest", missing, "chromium chromium-driver"));
            assertEquals(expected, skipped.getMessage());
        } finally {
            System.setErr(standardError);
        }
        assertEquals("SKIPPED: " + expected + System.lineSeparator(), printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anInstalledToolLetsTheTestRun() {
        // The JVM running this test is an executable that is certainly installed.
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        assertDoesNotThrow(() -> RequiredTools.require("SomeTest", java, "openjdk"));
    }
}
