package dev.ladder.hardening;

import dev.ladder.BuildResult;
import dev.ladder.LadderFixture;
import dev.ladder.SiteGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Finding 11 of issue 17: {@code editUrl} and {@code baseUrl} took any scheme, so {@code javascript:…}
 * landed in every page's links, in {@code <base href>} and in the sitemap. Only http(s) addresses
 * (and, for editUrl, relative paths) are accepted now, with an error at pom.xml otherwise.
 */
class UrlOptionsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)//", "JavaScript:alert(1)", "data:text/html,x", "//evil.example/",
            "https://intranet.example/\"><script>", "ftp://files.example/", "https:///no-host"})
    void aBaseUrlThatIsNoWebAddressIsRefused(String address) {
        LadderFixture ladder = LadderFixture.in(dir);
        BuildResult built = SiteGenerator.build(ladder.optionsBuilder().baseUrl(address).build());

        assertEquals(List.of("pom.xml: error: option baseUrl '" + address + "' must be a web address starting with "
                + "http:// or https://, such as https://intranet.example/ladder/ (set <baseUrl> or -Dladder.baseUrl)"),
                ladder.lines(built));
        assertFalse(built.written());
        assertEquals(ladder.lines(built), ladder.lines(SiteGenerator.check(ladder.optionsBuilder().baseUrl(address).build())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)//{path}", "vbscript:x{path}", "//evil.example/{path}", "mailto:a@b?{path}"})
    void anEditUrlThatIsNeitherAWebAddressNorARelativePathIsRefused(String address) {
        LadderFixture ladder = LadderFixture.in(dir);
        BuildResult built = SiteGenerator.build(ladder.optionsBuilder().editUrl(address).build());

        assertEquals(List.of("pom.xml: error: option editUrl '" + address + "' must be a web address starting with "
                + "http:// or https://, or a relative path such as ../edit/{path} (set <editUrl> or -Dladder.editUrl)"),
                ladder.lines(built));
        assertFalse(built.written());
    }

    @Test
    void webAddressesBuildAndRelativePathsPassTheOptionCheck() throws IOException {
        LadderFixture ladder = LadderFixture.in(dir);
        BuildResult built = SiteGenerator.build(ladder.optionsBuilder().baseUrl("HTTPS://intranet.example/careers/ladder/")
                .editUrl("https://git.example/org/ladder/edit/main/{path}").build());

        assertEquals(List.of(), ladder.lines(built));
        assertTrue(built.written());
        assertTrue(Files.readString(ladder.path("site/eng/p1.html"))
                .contains("https://git.example/org/ladder/edit/main/content/eng/p1.md"));
        // A relative edit link is checked like any link of the site: it must lead to a file of the site.
        for (String relative : List.of("/git/edit/{path}", "../edit/{path}")) {
            List<String> lines = ladder.lines(SiteGenerator.check(ladder.optionsBuilder().editUrl(relative).build()));
            assertTrue(lines.stream().noneMatch(line -> line.contains("option editUrl")), String.join("\n", lines));
        }
    }
}
