package dev.ladder.render;

import dev.ladder.BuildOptions;
import dev.ladder.BuildResult;
import dev.ladder.SiteGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A ladder that restates each level ({@code cumulative: false}, the labelled fixture's second ladder):
 * what a level no longer lists is said as "Not at D2", and a bullet said again in the same words is
 * neither new nor gone.
 */
class RestatedLadderTest {

    @TempDir
    static Path project;

    @BeforeAll
    static void build() throws IOException, URISyntaxException {
        Path fixture = Path.of(RestatedLadderTest.class.getResource("/dev/ladder/words/restated-ladder").toURI());
        try (Stream<Path> files = Files.walk(fixture)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = project.resolve("content").resolve(fixture.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        BuildResult result = SiteGenerator.build(BuildOptions.builder(project).build());
        assertTrue(result.written() && !result.hasErrors(), result.problems().toString());
    }

    private static String page(String file) throws IOException {
        return Files.readString(project.resolve("site/data-engineering").resolve(file));
    }

    @Test
    void whatALevelDropsIsNotAtThatLevel() throws IOException {
        String d2 = page("d2.html");

        assertTrue(d2.contains("<h4 class=\"change-group\">Not at <span class=\"code\">D2</span></h4>\n"
                + "<ul class=\"left-bullets\"><li>Asks for help early when they are blocked.</li>"), d2);
        assertTrue(d2.contains("<li><span class=\"name\">Collaboration</span>: 2 new, 2 not at D2, 1 the same</li>"), d2);
        assertFalse(d2.contains("Carried over"), d2);
    }

    @Test
    void aReworkedBulletGrowsWithItsWordsMarked() throws IOException {
        String d2 = page("d2.html");

        assertTrue(d2.contains("<li>Fixes failing quality checks on their own tables <del>with</del> <ins>without</ins> "
                + "guidance.</li>"), d2);
    }

    @Test
    void comparingAcrossTheLevelBetweenSaysWhereABulletCameIn() throws IOException {
        String compare = page("compare-d1-d3.html");

        assertTrue(compare.contains("<li>Chooses partitioning, clustering and file formats that keep queries cheap at "
                + "scale. <span class=\"since\">(new at D2)</span></li>"), compare);
        assertTrue(compare.contains("<h4 class=\"change-group\">Not at <span class=\"code\">D3</span></h4>\n"
                + "<ul class=\"left-bullets\"><li>Asks for help early when they are blocked.</li>"), compare);
    }
}
