package dev.ladder.hardening;

import dev.ladder.BuildResult;
import dev.ladder.LadderFixture;
import dev.ladder.SiteGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Finding 15 of issue 17: an image at a web address loaded from another host without a word,
 * though the site promises to load nothing from elsewhere. It is now a warning at its line, and
 * an error that stops the build with failOnWarning.
 */
class ExternalImageTest {

    private static final String WARNING = "content/eng/p1.md:5:5: warning: image 'https://cdn.example/team.png' is "
            + "loaded from another host whenever the page is read, but the site loads nothing from elsewhere; put a copy "
            + "beside the page and show that instead";

    @TempDir
    Path dir;

    private LadderFixture ladder() {
        return LadderFixture.in(dir).write("templates/assets/team.png", "png").write("content/eng/p1.md", LadderFixture.P1.replace("Learning the ropes.",
                "See ![the team](https://cdn.example/team.png) and ![a local one](../assets/team.png)."));
    }

    @Test
    void anExternalImageIsAWarningAtItsLine() {
        LadderFixture ladder = ladder();

        assertEquals(List.of(WARNING), ladder.check());
        BuildResult built = SiteGenerator.build(ladder.options());
        assertEquals(List.of(WARNING), ladder.lines(built));
        assertTrue(built.written());
    }

    @Test
    void withFailOnWarningItStopsTheBuild() {
        LadderFixture ladder = ladder();

        BuildResult built = SiteGenerator.build(ladder.optionsBuilder().failOnWarning(true).build());

        assertEquals(List.of(WARNING), ladder.lines(built));
        assertFalse(built.written());
    }

    @Test
    void imagesInTheHomePageTrackAndChangelogAreFoundToo() {
        LadderFixture ladder = LadderFixture.in(dir)
                .write("content/_index.md", LadderFixture.HOME + "\n![logo](//cdn.example/logo.svg)\n")
                .write("content/eng/_index.md", LadderFixture.TRACK + "\n![chart](HTTP://charts.example/a.png)\n")
                .write("content/CHANGELOG.md", "# Changes\n\n![x](https://cdn.example/x.png)\n");

        List<String> lines = ladder.check();

        assertEquals(3, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("content/CHANGELOG.md:3:1: warning: image 'https://cdn.example/x.png'"), lines.get(0));
        assertTrue(lines.get(1).startsWith("content/_index.md:6:1: warning: image '//cdn.example/logo.svg'"), lines.get(1));
        assertTrue(lines.get(2).startsWith("content/eng/_index.md:10:1: warning: image 'HTTP://charts.example/a.png'"), lines.get(2));
    }
}
