package dev.ladder.render;

import dev.ladder.BuildOptions;
import dev.ladder.BuildResult;
import dev.ladder.LadderFixture;
import dev.ladder.SiteGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.ladder.LadderFixture.engineeringLevel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Redirect pages for the aliases of renamed levels, and the changelog page. */
class AliasAndChangelogPagesTest {

    @TempDir
    Path project;

    private LadderFixture ladder;

    @BeforeEach
    void ladder() {
        ladder = LadderFixture.engineering(project);
    }

    @Test
    void renamedLevelKeepsItsOldAddressAsARedirect() {
        ladder.delete("content/engineering/e3.md").write("content/engineering/senior.md", engineeringLevel("E3", "Senior",
                "aliases: [e3]\n", "- Leads delivery.", "- Designs services."));

        assertEquals("", ladder.text(ladder.build()));

        String redirect = ladder.page("engineering/e3.html");
        assertTrue(redirect.contains("<meta http-equiv=\"refresh\" content=\"0; url=senior.html\">"), redirect);
        assertTrue(redirect.contains("<link rel=\"canonical\" href=\"senior.html\">"), redirect);
        assertTrue(redirect.contains("<a href=\"senior.html\"><span class=\"code\">E3</span> Senior</a>"), redirect);
        assertTrue(redirect.contains("<link rel=\"stylesheet\" href=\"../assets/style.css\">"), redirect);
        assertTrue(ladder.page("engineering/senior.html").contains("<h1><span class=\"code\">E3</span> Senior</h1>"));
        assertTrue(ladder.exists("engineering/compare-e2-senior.html"), "compare pages use the current address");
    }

    @Test
    void sitemapLeavesRedirectsOut() {
        ladder.write("content/engineering/e3.md", engineeringLevel("E3", "Senior", "aliases: [old-senior]\n",
                "- Leads delivery.", "- Designs services."));

        BuildResult result = SiteGenerator.build(BuildOptions.builder(project).baseUrl("https://intranet.example/ladder/")
                .build());

        assertEquals("", ladder.text(result));
        String sitemap = ladder.page("sitemap.xml");
        assertTrue(sitemap.contains("https://intranet.example/ladder/engineering/e3.html"), sitemap);
        assertTrue(sitemap.contains("https://intranet.example/ladder/engineering/compare-e1-e2.html"), sitemap);
        assertFalse(sitemap.contains("old-senior"), sitemap);
    }

    @Test
    void changelogBecomesAPageLinkedFromTheFooter() {
        ladder.write("content/CHANGELOG.md", """
                # Changes to the ladder

                ## 1.1

                - Reworded [E2's Delivery](engineering/e2.md#delivery).
                """);

        assertEquals("", ladder.text(ladder.build()));

        String page = ladder.page("changes.html");
        assertTrue(page.contains("<div class=\"prose\"><h1>Changes to the ladder</h1>\n<h2>1.1</h2>\n<ul>\n"
                + "<li>Reworded <a href=\"engineering/e2.html#delivery\">E2's Delivery</a>.</li>\n</ul>\n</div>"), page);
        assertFalse(page.contains("<h1>Changes to the ladder</h1>\n<div"), "no second heading when it has its own");
        assertTrue(ladder.page("index.html").contains("<p>Test Ladder &middot; version 1.0 &middot; "
                + "<a href=\"changes.html\">what changed</a></p>"), ladder.page("index.html"));
        assertTrue(ladder.page("engineering/e2.html").contains("<a href=\"../changes.html\">what changed</a>"));
    }

    @Test
    void withoutChangelogThereIsNoPageAndNoLink() {
        assertEquals("", ladder.text(ladder.build()));

        assertFalse(ladder.exists("changes.html"));
        assertFalse(ladder.page("index.html").contains("what changed"));
    }

    @Test
    void changelogLinksAreChecked() {
        ladder.write("content/CHANGELOG.md", "## 1.1\n\n- Added [E9](engineering/e9.md).\n");

        assertEquals("content/CHANGELOG.md:3:9: error: link 'engineering/e9.md' points to a file that does not "
                + "exist: there is no 'engineering/e9.md' in the content folder", ladder.text(ladder.build()));
    }

    @Test
    void changelogMustBeUtf8() throws Exception {
        Files.write(ladder.content().resolve("CHANGELOG.md"), new byte[] {'#', ' ', 'C', '\n', 'a', (byte) 0xE9, '\n'});

        assertEquals("content/CHANGELOG.md:2:2: error: is not valid UTF-8 text (byte 0xE9); save the file with "
                + "UTF-8 encoding", ladder.text(ladder.build()));
    }
}
