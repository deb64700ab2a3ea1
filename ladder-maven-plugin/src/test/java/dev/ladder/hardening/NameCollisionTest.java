package dev.ladder.hardening;

import dev.ladder.LadderFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Finding 14 of issue 17: names that only look different collided. Level files P1.md and p1.md
 * both built (one page on a case-insensitive host); a competency "Main" or "Search input" took the
 * id of the page's main region or search box; level files cover.md and overview.md the ids of the
 * booklet's cover and overview. Each is now refused.
 */
class NameCollisionTest {

    @TempDir
    Path dir;

    @Test
    void levelFilesDifferingOnlyInCaseAreRefused() throws IOException {
        LadderFixture ladder = LadderFixture.in(dir);
        Files.writeString(ladder.path("content/eng/P1.md"), LadderFixture.P1.replace("Junior", "Trainee"));

        assertEquals(List.of("content/eng/p1.md: error: level file 'p1.md' differs from 'P1.md' only in capital letters, "
                + "so both would get the same web address; rename or merge one of the files"), Refused.byCheckAndBuild(ladder));
    }

    @Test
    void competenciesNamedLikeThePagesOwnPartsAreRefused() {
        LadderFixture ladder = LadderFixture.in(dir).write("content/eng/_index.md",
                LadderFixture.TRACK.replace("  - Teamwork\n", "  - Teamwork\n  - Main\n  - Search input\n"));

        assertEquals(List.of(
                "content/eng/_index.md:7:5: error: competency 'Main' would get the anchor 'main', which the site's pages "
                        + "use for a part of their own; rename the competency",
                "content/eng/_index.md:8:5: error: competency 'Search input' would get the anchor 'search-input', which "
                        + "the site's pages use for a part of their own; rename the competency"), Refused.byCheckAndBuild(ladder));
    }

    @Test
    void levelFilesNamedLikeTheBookletsPartsAreRefused() {
        LadderFixture ladder = LadderFixture.in(dir)
                .write("content/eng/cover.md", LadderFixture.P1).write("content/eng/overview.md", LadderFixture.P2);

        assertEquals(List.of(
                "content/eng/cover.md: error: name 'cover' is taken by a part of the track's booklet (print.html); rename the file",
                "content/eng/overview.md: error: name 'overview' is taken by a part of the track's booklet (print.html); "
                        + "rename the file"), Refused.byCheckAndBuild(ladder));
    }

    /** Every fixed id the built-in theme writes is reserved, so a new one cannot be forgotten. */
    @Test
    void everyFixedIdOfTheBuiltInThemeIsReserved() throws IOException {
        Pattern id = Pattern.compile("id=\"([a-z-]+)\"|id=\"\\$\\{[a-z.]+\\}-([a-z-]+)\"");
        Set<String> fixed = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/dev/ladder/theme"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".ftlh")).toList()) {
                Matcher matcher = id.matcher(Files.readString(file));
                while (matcher.find()) {
                    fixed.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
                }
            }
        }
        LadderFixture ladder = LadderFixture.in(dir);
        for (String name : fixed) {
            String competency = name.replace('-', ' ');
            ladder.write("content/eng/_index.md", LadderFixture.TRACK.replace("  - Teamwork\n", "  - Teamwork\n  - \"" + competency + "\"\n"));
            List<String> problems = ladder.check();
            assertFalse(problems.isEmpty(), "competency '" + competency + "' is accepted, but the theme uses id '" + name + "'");
        }
    }
}
