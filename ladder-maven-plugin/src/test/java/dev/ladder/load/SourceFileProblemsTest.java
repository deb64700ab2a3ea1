package dev.ladder.load;

import dev.ladder.BuildResult;
import dev.ladder.LadderFixture;
import dev.ladder.SiteGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** Files that are not clean UTF-8 text, or not files at all; and the encodings and line ends that are fine. */
class SourceFileProblemsTest {

    @TempDir
    Path dir;

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String text) {
                out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }

    private static String crlf(String text) {
        return text.replace("\n", "\r\n");
    }

    @Test
    void byteThatIsNotUtf8IsReportedAtItsLineAndCharacterColumn() {
        // "Señor" has a two-byte letter before the bad byte: the column counts characters, as editors do.
        LadderFixture ladder = LadderFixture.in(dir).writeBytes("content/eng/p1.md",
                bytes("---\nlevel: P1\ntitle: Señor ", 0xFF, "\n---\n", LadderFixture.P1.substring(4)));

        assertEquals(List.of("content/eng/p1.md:3:14: error: is not valid UTF-8 text (byte 0xFF); "
                + "save the file with UTF-8 encoding"), ladder.check());
    }

    @Test
    void latin1FileIsReportedAtItsFirstAccentedLetter() {
        String text = LadderFixture.P2.replace("Reviews others' work.", "Reviews others' work, café included.");
        LadderFixture ladder = LadderFixture.in(dir)
                .writeBytes("content/eng/p2.md", text.getBytes(StandardCharsets.ISO_8859_1));

        assertEquals(List.of("content/eng/p2.md:13:26: error: is not valid UTF-8 text (byte 0xE9); "
                + "save the file with UTF-8 encoding"), ladder.check());
    }

    @Test
    void badByteInACrlfFileIsCountedInLines() {
        LadderFixture ladder = LadderFixture.in(dir).writeBytes("content/eng/p1.md",
                bytes(crlf("---\nlevel: P1\ntitle: Junior\n---\nIntro "), 0xC3, crlf("\n")));

        assertEquals(List.of("content/eng/p1.md:5:7: error: is not valid UTF-8 text (byte 0xC3); "
                + "save the file with UTF-8 encoding"), ladder.check());
    }

    @Test
    void byteOrderMarkIsAccepted() {
        LadderFixture ladder = LadderFixture.in(dir)
                .writeBytes("content/eng/p1.md", bytes(0xEF, 0xBB, 0xBF, LadderFixture.P1))
                .writeBytes("content/_index.md", bytes(0xEF, 0xBB, 0xBF, LadderFixture.HOME));

        assertEquals(List.of(), ladder.check());
    }

    @Test
    void crlfLineEndsAreAccepted() {
        LadderFixture ladder = LadderFixture.in(dir)
                .write("content/_index.md", crlf(LadderFixture.HOME))
                .write("content/eng/_index.md", crlf(LadderFixture.TRACK))
                .write("content/eng/p1.md", crlf(LadderFixture.P1))
                .write("content/eng/p2.md", crlf(LadderFixture.P2));

        BuildResult result = SiteGenerator.check(ladder.options());

        assertEquals(List.of(), ladder.lines(result));
        assertEquals(2, result.levels());
    }

    @Test
    void yamlErrorInACrlfFileIsOnTheSameLineAsWithLf() {
        LadderFixture ladder = LadderFixture.in(dir).write("content/eng/p1.md",
                "\uFEFF" + crlf(LadderFixture.P1.replace("title: Junior", "title: Lead: platform")));

        assertEquals(List.of("content/eng/p1.md:3:12: error: front matter cannot be read: there is a ':' where "
                + "none is expected; put a value that contains ': ' in quotes (title: \"Lead: platform\"), or "
                + "check the indentation of this line"), ladder.check());
    }

    @Test
    void sectionErrorInACrlfFileIsOnTheSameLineAsWithLf() {
        LadderFixture ladder = LadderFixture.in(dir).write("content/eng/p1.md",
                crlf(LadderFixture.P1.replace("## Teamwork", "## Temwork")));

        assertEquals(List.of("content/eng/p1.md:11:1: error: section '## Temwork' is not a competency of this "
                + "track (did you mean 'Teamwork'?); the competencies are: Delivery, Teamwork"), ladder.check());
    }

    @Test
    void tabsInMarkdownAreAccepted() {
        LadderFixture ladder = LadderFixture.in(dir).write("content/eng/p1.md", """
                ---
                level: P1
                title: Junior
                ---
                \tAn indented code block.

                ## Delivery

                -\tShips small tasks.
                -\tWrites tests.

                ## Teamwork

                Asks\tfor help early.
                """);

        assertEquals(List.of(), ladder.check());
    }

    @Test
    void folderNamedLikeALevelFileIsReportedOnce() throws Exception {
        LadderFixture ladder = LadderFixture.in(dir).delete("content/eng/p2.md");
        Files.createDirectories(ladder.path("content/eng/p2.md"));

        // Not also "level 'P2' has no file": the folder is where P2 was meant to be.
        assertEquals(List.of("content/eng/p2.md: error: is a folder, but a Markdown file is expected here"),
                ladder.check());
    }

    @Test
    void extraFolderNamedLikeALevelFileIsReported() throws Exception {
        LadderFixture ladder = LadderFixture.in(dir);
        Files.createDirectories(ladder.path("content/eng/p3.md"));

        assertEquals(List.of("content/eng/p3.md: error: is a folder, but a Markdown file is expected here"),
                ladder.check());
    }

    @Test
    void trackIndexThatIsAFolderIsReportedOnce() throws Exception {
        LadderFixture ladder = LadderFixture.in(dir).delete("content/eng/_index.md");
        Files.createDirectories(ladder.path("content/eng/_index.md"));

        assertEquals(List.of("content/eng/_index.md: error: is a folder, but a Markdown file is expected here"),
                ladder.check());
    }

    @Test
    void homeIndexThatIsAFolderIsReportedOnce() throws Exception {
        LadderFixture ladder = LadderFixture.in(dir).delete("content/_index.md");
        Files.createDirectories(ladder.path("content/_index.md"));

        assertEquals(List.of("content/_index.md: error: is a folder, but a Markdown file is expected here"),
                ladder.check());
    }

    @Test
    void linkToAFileThatDoesNotExistCannotBeRead() throws Exception {
        LadderFixture ladder = LadderFixture.in(dir).delete("content/eng/p2.md");
        Files.createSymbolicLink(ladder.path("content/eng/p2.md"), ladder.path("content/eng/moved-away.md"));

        assertEquals(List.of("content/eng/p2.md: error: cannot be read: it is a link to a file that does not exist "
                + "(or a link that points back to itself)"), ladder.check());
    }

    @Test
    void linkThatPointsToItselfCannotBeRead() throws Exception {
        LadderFixture ladder = LadderFixture.in(dir).delete("content/eng/p2.md");
        Files.createSymbolicLink(ladder.path("content/eng/p2.md"), ladder.path("content/eng/p2.md"));

        assertEquals(List.of("content/eng/p2.md: error: cannot be read: it is a link to a file that does not exist "
                + "(or a link that points back to itself)"), ladder.check());
    }

    @Test
    void namedPipeIsRefusedWithoutWaitingForIt() throws Exception {
        LadderFixture ladder = LadderFixture.in(dir);
        Process mkfifo = new ProcessBuilder("mkfifo", ladder.path("content/eng/p3.md").toString()).start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo failed");

        // Reading a pipe that no one writes to never returns: the guard turns a hang into a failure.
        List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(10), ladder::check);

        assertEquals(List.of("content/eng/p3.md: error: cannot be read: it is not a regular file "
                + "(it may be a pipe or a device)"), problems);
    }

    @Test
    void hugeFileIsNotRead() throws Exception {
        LadderFixture ladder = LadderFixture.in(dir);
        try (RandomAccessFile file = new RandomAccessFile(ladder.path("content/eng/p3.md").toFile(), "rw")) {
            file.setLength(17L * 1024 * 1024); // sparse: takes no room on disk
        }

        assertEquals(List.of("content/eng/p3.md: error: is too large to be a ladder page (17 MB; the limit is 16 MB)"),
                ladder.check());
    }

    @Test
    void fileWithoutReadPermissionCannotBeRead() throws Exception {
        LadderFixture ladder = LadderFixture.in(dir);
        Path file = ladder.path("content/eng/p2.md");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as root, which reads any file: permissions cannot be tested");

        assertEquals(List.of("content/eng/p2.md: error: cannot be read: permission denied; "
                + "check the file's permissions"), ladder.check());
        assertTrue(Files.exists(file));
    }
}
