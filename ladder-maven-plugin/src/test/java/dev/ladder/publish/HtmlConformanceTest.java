package dev.ladder.publish;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every page the repository's ladder publishes is conforming HTML by the Nu HTML Checker. */
class HtmlConformanceTest {

    @TempDir
    static Path temp;

    private static BuiltSite site;

    @BeforeAll
    static void buildSite() {
        site = BuiltSite.buildInto(temp.resolve("site"));
    }

    @Test
    void everyPagePassesTheNuHtmlChecker() throws Exception {
        assertConforming(site);
    }

    /** The example with grades: its grade grid, same-grade lists and cross-track compare pages among the rest. */
    @Test
    void everyPageOfTheJobArchitectureExamplePassesTheNuHtmlChecker() throws Exception {
        BuiltSite example = BuiltSite.buildExampleInto(temp.resolve("example"));
        assertTrue(example.htmlPages().containsAll(example.gradePages().values()));
        assertConforming(example);
    }

    private static void assertConforming(BuiltSite site) throws Exception {
        NuHtmlChecker checker = new NuHtmlChecker();
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        assertFalse(site.htmlPages().isEmpty(), "the site has no pages to check");
        for (String page : site.htmlPages()) {
            for (NuHtmlChecker.Message message : checker.checkHtml(site.file(page))) {
                (message.error() ? errors : warnings).add(message.format(page));
            }
        }
        warnings.forEach(warning -> System.err.println("Nu HTML Checker " + warning));
        assertTrue(errors.isEmpty(), () -> errors.size() + " Nu HTML Checker errors in the generated site:\n"
                + String.join("\n", errors));
    }
}
