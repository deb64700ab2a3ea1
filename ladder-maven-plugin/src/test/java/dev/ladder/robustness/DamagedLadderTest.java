package dev.ladder.robustness;

import dev.ladder.BuildResult;
import dev.ladder.SiteGenerator;
import dev.ladder.problem.ProblemReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The engine faults that {@link ContentMutationTest} found, each pinned down on the repository's own
 * ladder with its exact report: the seed that found it is named on each test.
 */
class DamagedLadderTest {

    private static final String P3 = "software-engineering/p3.md";

    @TempDir
    Path temp;

    private RepositoryLadder ladder;

    @BeforeEach
    void copyLadder() throws IOException {
        ladder = RepositoryLadder.copyInto(temp);
    }

    /** Seed 255: '%00' decodes to a character no path may hold, and the build crashed. */
    @Test
    void aLinkToAnImpossibleFileNameIsReportedNotACrash() throws IOException {
        insertLine(P3, 8, "See [the notes](a%00b.md).", "");

        assertEquals(List.of("content/software-engineering/p3.md:8:5: error: link 'a%00b.md' is not a valid file "
                + "name; link to a Markdown file of the content (such as 'p1.md') or to a web address"), build());
    }

    /**
     * Seed 7: a level file that fails its own checks was called missing by every link to it. Its own
     * problem is the one to fix, so links to it add nothing.
     */
    @Test
    void aLinkToAFileThatFailedItsOwnChecksDoesNotCallItMissing() throws IOException {
        Files.write(ladder.file("software-engineering/p2.md"), new byte[0]);

        assertEquals(List.of(
                "content/software-engineering/p2.md:1: error: is empty; a ladder file starts with front matter "
                        + "between two '---' lines"),
                build().stream().filter(line -> line.contains("/p2.md:") || line.contains("/p3.md:")).toList());
    }

    /** Seed 546: with no competencies in the track, every section of every level was called unknown. */
    @Test
    void aTrackWithoutCompetenciesIsOneProblemNotOnePerSection() throws IOException {
        insertLine("software-engineering/_index.md", 1, "---");

        assertEquals(List.of(
                "content/software-engineering/_index.md:1:1: error: missing required field 'competencies': a track "
                        + "needs a line 'competencies: ...' between its '---' lines",
                "content/software-engineering/_index.md:1:1: error: missing required field 'levels': a track "
                        + "needs a line 'levels: ...' between its '---' lines",
                "content/software-engineering/_index.md:1:1: error: missing required field 'title': a track "
                        + "needs a line 'title: ...' between its '---' lines"), build());
    }

    /** Seed 53: a front-matter field given twice was accepted silently, the last value winning. */
    @Test
    void aFieldGivenTwiceIsReported() throws IOException {
        insertLine("software-engineering/p5.md", 4, "title: Staff engineer");

        assertEquals(List.of("content/software-engineering/p5.md:4:1: error: field 'title' is given twice "
                + "(first at line 3); keep one"), build());
    }

    private List<String> build() {
        BuildResult result = SiteGenerator.build(ladder.options());
        assertFalse(result.written(), "a damaged ladder must not be written");
        return new ProblemReport(result.problems(), ladder.project()).lines();
    }

    /** Inserts {@code lines} so that the first of them becomes line {@code number} of the file. */
    private void insertLine(String file, int number, String... lines) throws IOException {
        Path path = ladder.file(file);
        List<String> all = new ArrayList<>(Files.readAllLines(path, StandardCharsets.UTF_8));
        all.addAll(number - 1, List.of(lines));
        Files.write(path, all, StandardCharsets.UTF_8);
    }
}
