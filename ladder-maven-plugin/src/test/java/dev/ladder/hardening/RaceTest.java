package dev.ladder.hardening;

import dev.ladder.BuildResult;
import dev.ladder.LadderFixture;
import dev.ladder.SiteGenerator;
import dev.ladder.write.BuildSteps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Finding 7 of issue 17: the fingerprint and the pages were read at different moments, so a file
 * saved while a build ran could leave the site stale for good: every later build found the inputs
 * unchanged and wrote nothing, while a page showed other text. The file is changed here at the
 * moment between the two reads, through a hook rather than by timing.
 */
class RaceTest {

    private static final String BEFORE = "Asks for help early.";
    private static final String DURING = "Saved while the build ran.";

    @TempDir
    Path dir;

    @AfterEach
    void noHook() {
        BuildSteps.hook(null);
    }

    private String page(LadderFixture ladder) throws IOException {
        return Files.readString(ladder.path("site/eng/p1.html"));
    }

    @Test
    void aFileSavedDuringABuildIsRenderedByTheNextBuildEvenWhenSavedBack() throws IOException {
        LadderFixture ladder = LadderFixture.in(dir);
        assertTrue(SiteGenerator.build(ladder.options()).written());
        ladder.write("content/eng/p1.md", LadderFixture.P1.replace("Ships small tasks.", "Ships tasks."));
        BuildSteps.hook(step -> {
            if (step.equals(BuildSteps.FINGERPRINTED)) {
                ladder.write("content/eng/p1.md", LadderFixture.P1.replace(BEFORE, DURING));
            }
        });

        BuildResult raced = SiteGenerator.build(ladder.options());
        BuildSteps.hook(null);
        assertTrue(raced.written());
        assertTrue(page(ladder).contains(DURING));

        // The file goes back to what the fingerprint saw: the site must follow, not stay as rendered.
        ladder.write("content/eng/p1.md", LadderFixture.P1.replace("Ships small tasks.", "Ships tasks."));
        BuildResult next = SiteGenerator.build(ladder.options());

        assertTrue(next.written());
        assertFalse(page(ladder).contains(DURING), "the page kept the text of the raced build");
        assertTrue(page(ladder).contains("Ships tasks."));
        BuildResult settled = SiteGenerator.build(ladder.options());
        assertEquals(settled.pages(), settled.unchanged());
    }

    @Test
    void aTemplateSavedDuringABuildIsRenderedByTheNextBuild() throws IOException {
        LadderFixture ladder = LadderFixture.in(dir).write("templates/partials/branding.ftlh", "<p>Old brand</p>\n");
        assertTrue(SiteGenerator.build(ladder.options()).written());
        ladder.write("content/eng/p1.md", LadderFixture.P1.replace(BEFORE, DURING));
        BuildSteps.hook(step -> {
            if (step.equals(BuildSteps.FINGERPRINTED)) {
                ladder.write("templates/partials/branding.ftlh", "<p>New brand</p>\n");
            }
        });
        SiteGenerator.build(ladder.options());
        BuildSteps.hook(null);

        ladder.write("templates/partials/branding.ftlh", "<p>Old brand</p>\n");
        SiteGenerator.build(ladder.options());

        assertTrue(page(ladder).contains("Old brand"), "the page kept the template of the raced build");
    }
}
