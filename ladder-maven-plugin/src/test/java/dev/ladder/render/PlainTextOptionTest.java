package dev.ladder.render;

import dev.ladder.BuildOptions;
import dev.ladder.SiteGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sections' plain text is read only for the search index and ladder.json: a site with neither reads none,
 * and its pages are the same, byte for byte, as those of a site that reads it for ladder.json.
 */
class PlainTextOptionTest {

    @TempDir
    Path project;

    @Test
    void aSiteWithoutSearchOrJsonHasTheSamePagesWithoutPlainText() throws IOException {
        Path repository = Path.of("..").toAbsolutePath().normalize();
        BuildOptions.Builder options = BuildOptions.builder(project).content(repository.resolve("content"))
                .templates(repository.resolve("templates")).search(false);
        BuildOptions withText = options.json(true).output(project.resolve("with")).build();
        BuildOptions withoutText = options.json(false).output(project.resolve("without")).build();
        assertTrue(withText.plainText());
        assertFalse(withoutText.plainText());
        assertTrue(SiteGenerator.build(withText).written());
        assertTrue(SiteGenerator.build(withoutText).written());

        List<Path> pages = htmlPages(project.resolve("without"));
        assertEquals(htmlPages(project.resolve("with")), pages);
        assertFalse(pages.isEmpty());
        for (Path page : pages) {
            assertEquals(Files.readString(project.resolve("with").resolve(page)),
                    Files.readString(project.resolve("without").resolve(page)), page.toString());
        }
    }

    private static List<Path> htmlPages(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(file -> file.toString().endsWith(".html")).map(site::relativize).sorted().toList();
        }
    }
}
