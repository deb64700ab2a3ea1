package dev.ladder.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ladder.LadderFixture;
import dev.ladder.SiteGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ladder.json holds the model as the README documents it, in the pages' order, with the pages' own HTML. */
class LadderJsonTest {

    @TempDir
    Path dir;

    @Test
    void theWholeLadderIsWrittenAsDocumented() throws IOException {
        LadderFixture ladder = LadderFixture.summarised(dir).write("content/_index.md", """
                ---
                title: Test Ladder
                version: "3.0"
                effective: 2026-04-01
                ---
                Intro.
                """);
        assertTrue(SiteGenerator.build(ladder.options()).written());

        JsonNode json = new ObjectMapper().readTree(dir.resolve("site/ladder.json").toFile());
        assertEquals(1, json.get("format").asInt());
        assertEquals("Test Ladder", json.get("title").asText());
        assertEquals("3.0", json.get("version").asText());
        assertEquals("2026-04-01", json.get("effective").asText());
        JsonNode track = json.get("tracks").get(0);
        assertEquals("eng", track.get("slug").asText());
        assertEquals("Engineering", track.get("family").asText());
        assertEquals("eng/matrix.html", track.get("matrixUrl").asText());
        assertEquals(List.of("Delivery", "Collaboration"), texts(track.get("competencies"), "name"));
        assertEquals(List.of("L1", "L2"), texts(track.get("levels"), "code"));
        JsonNode level = track.get("levels").get(1);
        assertEquals("eng/l2.html", level.get("url").asText());
        JsonNode section = level.get("sections").get(0);
        assertEquals("delivery", section.get("slug").asText());
        assertEquals("Ships whole features.", section.get("text").asText());
        String page = Files.readString(dir.resolve("site/eng/l2.html"));
        assertTrue(page.contains(section.get("html").asText()), "the section's HTML is not the page's");
    }

    @Test
    void withoutJsonThereIsNoLadderJson() {
        LadderFixture ladder = LadderFixture.summarised(dir);
        assertTrue(SiteGenerator.build(ladder.optionsBuilder().json(false).build()).written());

        assertFalse(Files.exists(dir.resolve("site/ladder.json")));
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.get(field).asText()));
        return values;
    }
}
