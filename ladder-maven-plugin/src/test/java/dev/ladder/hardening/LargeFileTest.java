package dev.ladder.hardening;

import dev.ladder.BuildResult;
import dev.ladder.LadderFixture;
import dev.ladder.SiteGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Finding 5 of issue 17: a 3 GB file in the content folder crashed the build in the fingerprint,
 * which read every file whole before any size was checked. The files are sparse, so they take no
 * room on disk; a build that read one whole would need 3 GB of heap, more than the tests have.
 */
class LargeFileTest {

    private static final long THREE_GB = 3L * 1024 * 1024 * 1024;

    @TempDir
    Path dir;

    private static void sparse(Path file, long size) throws IOException {
        try (RandomAccessFile huge = new RandomAccessFile(file.toFile(), "rw")) {
            huge.setLength(size);
        }
    }

    @Test
    void aHugeFileThatIsNoPageLeavesBuildAndCheckAsTheyWere() throws IOException {
        LadderFixture ladder = LadderFixture.in(dir);
        sparse(ladder.path("content/eng/talk.mp4"), THREE_GB);
        sparse(ladder.path("content/recording.mov"), THREE_GB);

        assertEquals(List.of(), ladder.check());
        BuildResult first = SiteGenerator.build(ladder.options());
        BuildResult second = SiteGenerator.build(ladder.options());

        assertEquals(List.of(), ladder.lines(first));
        assertTrue(first.written());
        assertEquals(second.pages(), second.unchanged(), "an unchanged ladder was built again");
    }

    @Test
    void aHugeTemplateIsRefusedBeforeFreeMarkerReadsIt() throws IOException {
        LadderFixture ladder = LadderFixture.in(dir).write("templates/level.ftlh", "");
        sparse(ladder.path("templates/level.ftlh"), THREE_GB);

        assertEquals(List.of("templates/level.ftlh: error: is too large to be a template (3072 MB; the limit is 16 MB)"),
                Refused.byCheckAndBuild(ladder));
    }

    @Test
    void aHugePageIsRefusedWithItsSizeByBuildAndCheck() throws IOException {
        LadderFixture ladder = LadderFixture.in(dir);
        sparse(ladder.path("content/eng/p3.md"), THREE_GB);
        List<String> expected = List.of(
                "content/eng/p3.md: error: is too large to be a ladder page (3072 MB; the limit is 16 MB)");

        assertEquals(expected, ladder.check());
        BuildResult built = SiteGenerator.build(ladder.options());
        assertEquals(expected, ladder.lines(built));
        assertFalse(built.written());
    }
}
