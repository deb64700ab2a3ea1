package dev.ladder.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Building the same ladder twice writes byte-identical sites, so a rebuild never shows as a change. */
class DeterminismTest {

    @TempDir
    Path temp;

    @Test
    void twoBuildsOfTheRepositorysLadderAreByteIdentical() throws IOException {
        BuiltSite first = BuiltSite.buildInto(temp.resolve("first"));
        BuiltSite second = BuiltSite.buildInto(temp.resolve("second"));
        assertEquals(first.files(), second.files(), "the two builds wrote different files");
        List<String> different = new ArrayList<>();
        for (String file : first.files()) {
            if (!Arrays.equals(Files.readAllBytes(first.file(file)), Files.readAllBytes(second.file(file)))) {
                different.add(file);
            }
        }
        assertTrue(first.files().size() > 1, "the builds wrote almost nothing: " + first.files());
        assertTrue(different.isEmpty(), () -> "these files differ between two builds: " + different);
    }
}
