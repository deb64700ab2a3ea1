package dev.ladder.hardening;

import dev.ladder.BuildResult;
import dev.ladder.LadderFixture;
import dev.ladder.SiteGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Findings 12 and 13 of issue 17: output inside templates/ copied the site into itself on every
 * build; output at target/ put ladder/problems.json into the site; a user's own .site.previous or
 * .site.staging was deleted without a word; and a {@code site} link to a deploy folder was replaced
 * by a folder on the first build.
 */
class OutputLocationTest {

    @TempDir
    Path dir;

    private static String refusal(String path, String why) {
        return path + ": error: cannot be the output folder: it " + why + " (set <outputDirectory> or -Dladder.output)";
    }

    private static List<String> refused(LadderFixture ladder, Path output) {
        BuildResult built = SiteGenerator.build(ladder.optionsBuilder().output(output).build());
        assertFalse(built.written());
        return ladder.lines(built);
    }

    @Test
    void anOutputInsideTheTemplatesIsRefused() {
        LadderFixture ladder = LadderFixture.in(dir).write("templates/assets/extra.css", "p {}\n");

        assertEquals(List.of(refusal("templates/assets/site", "is inside the templates folder, so each build would "
                + "copy the site into itself")), refused(ladder, ladder.path("templates/assets/site")));
        assertFalse(Files.exists(ladder.path("templates/assets/site")));
    }

    @Test
    void mavensBuildFolderIsRefusedButAFolderInsideItIsNot() {
        LadderFixture ladder = LadderFixture.in(dir);
        String why = "is Maven's build folder, where reports such as ladder/problems.json are written; "
                + "use a folder of its own, such as target/site";

        assertEquals(List.of(refusal("target", why)), refused(ladder, ladder.path("target")));
        assertEquals(List.of(refusal("target/ladder", why)), refused(ladder, ladder.path("target/ladder")));
        BuildResult inside = SiteGenerator.build(ladder.optionsBuilder().output(ladder.path("target/site")).build());
        assertTrue(inside.written());
    }

    @Test
    void aStagingOrBackupFolderOfTheUsersOwnIsRefusedNotDeleted() throws IOException {
        LadderFixture ladder = LadderFixture.in(dir).write(".site.previous/notes.txt", "mine\n");

        assertEquals(List.of(refusal("site", "has '.site.previous' beside it, which Ladder did not make but would "
                + "replace; move it away")), refused(ladder, ladder.path("site")));
        assertEquals("mine\n", Files.readString(ladder.path(".site.previous/notes.txt")));

        ladder.delete(".site.previous").write(".site.staging", "a file of mine\n");
        assertEquals(List.of(refusal("site", "has '.site.staging' beside it, which Ladder did not make but would "
                + "replace; move it away")), refused(ladder, ladder.path("site")));
        assertEquals("a file of mine\n", Files.readString(ladder.path(".site.staging")));
    }

    @Test
    void aStagingFolderLeftByAnEarlierBuildIsReplaced() throws IOException {
        LadderFixture ladder = LadderFixture.in(dir);
        assertTrue(SiteGenerator.build(ladder.options()).written());
        // What a build killed while writing leaves: a staging folder with Ladder's marker.
        ladder.write(".site.staging/.ladder-site", "Written by Ladder; replaced whole on each build.\n")
                .write(".site.staging/eng/p1.html", "half");

        ladder.write("content/eng/p1.md", LadderFixture.P1.replace("Junior", "Trainee"));
        BuildResult built = SiteGenerator.build(ladder.options());

        assertTrue(built.written());
        assertFalse(Files.exists(ladder.path(".site.staging")));
        assertTrue(Files.readString(ladder.path("site/eng/p1.html")).contains("Trainee"));
    }

    @Test
    void aSiteThatIsALinkIsFollowedNotReplaced() throws IOException {
        LadderFixture ladder = LadderFixture.in(dir);
        Path deploy = dir.resolve("deploy/ladder");
        Files.createDirectories(deploy);
        Files.createSymbolicLink(ladder.path("site"), deploy);

        BuildResult first = SiteGenerator.build(ladder.options());
        ladder.write("content/eng/p1.md", LadderFixture.P1.replace("Junior", "Trainee"));
        BuildResult second = SiteGenerator.build(ladder.options());

        assertEquals(List.of(), ladder.lines(first));
        assertTrue(first.written() && second.written());
        assertTrue(Files.isSymbolicLink(ladder.path("site")), "the link was replaced");
        assertTrue(Files.readString(deploy.resolve("eng/p1.html")).contains("Trainee"));
        assertFalse(Files.exists(dir.resolve("deploy/.ladder.staging")));
        assertFalse(Files.exists(ladder.path(".site.staging")));
    }

    @Test
    void aSiteLinkLeadingNowhereIsRefused() throws IOException {
        LadderFixture ladder = LadderFixture.in(dir);
        Files.createSymbolicLink(ladder.path("site"), dir.resolve("gone"));

        assertEquals(List.of("site: error: cannot be the output folder: it is a link to a folder that does not exist "
                + "(set <outputDirectory> or -Dladder.output)"), refused(ladder, ladder.path("site")));
    }
}
