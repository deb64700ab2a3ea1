package dev.ladder.load;

import dev.ladder.LadderFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The shape of the content folder: what must be there, and names the site cannot use. */
class ContentFolderProblemsTest {

    @TempDir
    Path dir;

    @Test
    void missingContentFolder() {
        LadderFixture ladder = LadderFixture.in(dir).delete("content");

        assertEquals(List.of("content: error: content folder does not exist"), ladder.check());
    }

    @Test
    void contentThatIsAFile() {
        LadderFixture ladder = LadderFixture.in(dir).delete("content").write("content", "not a folder");

        assertEquals(List.of("content: error: is a file, but the content must be a folder"), ladder.check());
    }

    @Test
    void missingHomePage() {
        LadderFixture ladder = LadderFixture.in(dir).delete("content/_index.md");

        assertEquals(List.of("content/_index.md: error: is missing: the home page needs an _index.md with at least "
                + "a title"), ladder.check());
    }

    @Test
    void levelFileOutsideATrackIsAWarning() {
        LadderFixture ladder = LadderFixture.in(dir).write("content/p1.md", LadderFixture.P1);

        assertEquals(List.of("content/p1.md: warning: is not used: level files belong in a track folder"),
                ladder.check());
    }

    @Test
    void folderInsideATrackIsAWarning() throws Exception {
        LadderFixture ladder = LadderFixture.in(dir);
        Files.createDirectories(ladder.path("content/eng/drafts"));

        assertEquals(List.of("content/eng/drafts: warning: is ignored: a track holds level files and images, not folders of other files"),
                ladder.check());
    }

    @Test
    void hiddenFilesAreIgnored() {
        LadderFixture ladder = LadderFixture.in(dir).write("content/eng/.p1.md.swp", "\u0000\u0001binary");

        assertEquals(List.of(), ladder.check());
    }

    @Test
    void trackNameThatCannotBePartOfAnAddress() {
        LadderFixture ladder = LadderFixture.in(dir).write("content/my track/_index.md", LadderFixture.TRACK);

        assertEquals(List.of("content/my track: error: name 'my track' cannot be part of a web address; use letters, "
                + "digits, '-' and '_' only"), ladder.check());
    }

    @Test
    void levelNameTakenByThePagesOfTheSite() {
        LadderFixture ladder = LadderFixture.in(dir).write("content/eng/matrix.md", LadderFixture.P2);

        assertEquals(List.of("content/eng/matrix.md: error: name 'matrix' is taken by a page the site makes itself; "
                + "rename it"), ladder.check());
    }
}
