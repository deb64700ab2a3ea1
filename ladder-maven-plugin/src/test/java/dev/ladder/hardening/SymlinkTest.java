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
 * Finding 1 and 9 of issue 17: a symbolic link in the content or templates folder that leads outside
 * it is an error at the link, for build and check alike, and nothing it leads to is read or published.
 * A link that stays inside its folder works as the file itself.
 */
class SymlinkTest {

    private static final String SECRET = "CI_TOKEN=do-not-publish";

    @TempDir
    Path dir;

    private LadderFixture ladder;
    private Path secretFile;

    private LadderFixture ladder() throws IOException {
        ladder = LadderFixture.in(dir.resolve("project"));
        secretFile = dir.resolve("secret.md");
        Files.writeString(secretFile, LadderFixture.P2.replace("Works on their own.", SECRET));
        return ladder;
    }

    private void link(String path, Path target) throws IOException {
        Path link = ladder.path(path);
        Files.createDirectories(link.getParent());
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, target);
    }

    /** Builds and checks: both report exactly {@code expected}, the build writes nothing and no secret shows. */
    private void refused(String... expected) throws IOException {
        List<String> checked = ladder.check();
        BuildResult built = SiteGenerator.build(ladder.options());
        List<String> lines = ladder.lines(built);

        assertEquals(List.of(expected), checked);
        assertEquals(List.of(expected), lines);
        assertFalse(built.written());
        assertFalse(Files.exists(ladder.path("site")), "a site was written");
        assertTrue(lines.stream().noneMatch(line -> line.contains("CI_TOKEN")));
    }

    private static String outside(String path, String folder) {
        return path + ": error: is a link to something outside the " + folder + "; a ladder may only use files "
                + "inside its " + folder + ", so put the file itself here instead of the link";
    }

    @Test
    void aChangelogLinkedOutsideTheContentIsRefused() throws IOException {
        ladder();
        link("content/CHANGELOG.md", secretFile);

        refused(outside("content/CHANGELOG.md", "content folder"));
    }

    @Test
    void aChangelogLinkedToTheProcessEnvironmentIsRefused() throws IOException {
        ladder();
        link("content/CHANGELOG.md", Path.of("/proc/self/environ"));

        refused(outside("content/CHANGELOG.md", "content folder"));
    }

    @Test
    void aLevelFileLinkedOutsideTheContentIsRefusedWithoutASecondError() throws IOException {
        ladder();
        link("content/eng/p2.md", secretFile);

        refused(outside("content/eng/p2.md", "content folder"));
    }

    @Test
    void aHomePageOrTrackFolderLinkedOutsideIsRefused() throws IOException {
        ladder();
        Path elsewhere = dir.resolve("elsewhere");
        Files.createDirectories(elsewhere);
        Files.writeString(elsewhere.resolve("_index.md"), LadderFixture.TRACK);
        link("content/ops", elsewhere);
        link("content/_index.md", secretFile);

        refused(outside("content/_index.md", "content folder"), outside("content/ops", "content folder"));
    }

    @Test
    void anAssetLinkedOutsideTheTemplatesIsRefused() throws IOException {
        ladder().write("templates/assets/logo.svg", "<svg/>\n");
        link("templates/assets/env.txt", secretFile);

        refused(outside("templates/assets/env.txt", "templates folder"));
    }

    @Test
    void aTemplateOverrideLinkedOutsideIsAnErrorNotACrash() throws IOException {
        ladder();
        Path partial = dir.resolve("branding.ftlh");
        Files.writeString(partial, "<p>${site.title}</p>\n");
        link("templates/partials/branding.ftlh", partial);

        refused(outside("templates/partials/branding.ftlh", "templates folder"));
    }

    @Test
    void linksThatStayInsideTheirFolderWorkAsTheFilesThemselves() throws IOException {
        ladder().write("content/.shared/p2.md", LadderFixture.P2.replace("Works on their own.", "Shared text."))
                .write("templates/shared/branding.ftlh", "<p class=\"acme\">Acme</p>\n")
                .write("templates/shared/logo.svg", "<svg/>\n")
                .write("content/.shared/CHANGELOG.md", "# Changes\n\nFirst version.\n");
        link("content/eng/p2.md", Path.of("../.shared/p2.md"));
        link("content/CHANGELOG.md", Path.of(".shared/CHANGELOG.md"));
        link("templates/partials/branding.ftlh", Path.of("../shared/branding.ftlh"));
        link("templates/assets/logo.svg", Path.of("../shared/logo.svg"));

        assertEquals(List.of(), ladder.check());
        BuildResult built = SiteGenerator.build(ladder.options());

        assertEquals(List.of(), ladder.lines(built));
        assertTrue(built.written());
        assertTrue(Files.readString(ladder.path("site/eng/p2.html")).contains("Shared text."));
        assertTrue(Files.readString(ladder.path("site/eng/p2.html")).contains("<p class=\"acme\">Acme</p>"));
        assertTrue(Files.readString(ladder.path("site/changes.html")).contains("First version."));
        assertEquals("<svg/>\n", Files.readString(ladder.path("site/assets/logo.svg")));
    }
}
