package dev.ladder.write;

import dev.ladder.FolderCopy;
import dev.ladder.bench.BenchCorpus;
import dev.ladder.work.Workers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fingerprint changes with everything a page can show, and with nothing else. */
class InputFingerprintTest {

    @TempDir
    Path temp;
    private Path content;
    private Path templates;
    private String before;

    @BeforeEach
    void fingerprintOnce() throws Exception {
        content = BenchCorpus.generate(temp.resolve("content"), 3, 2, 2);
        templates = Files.createDirectories(temp.resolve("templates/partials"));
        Files.writeString(templates.resolve("branding.ftlh"), "<a href=\"${root}index.html\">Ours</a>\n");
        before = fingerprint();
    }

    @Test
    void theSameFilesGiveTheSameFingerprintWhereverTheyAre() throws IOException {
        Path elsewhere = temp.resolve("elsewhere");
        FolderCopy.copy(temp.resolve("content"), elsewhere.resolve("content"));
        FolderCopy.copy(temp.resolve("templates"), elsewhere.resolve("templates"));

        assertEquals(before, fingerprint());
        assertEquals(before, fingerprint(elsewhere.resolve("content"), elsewhere.resolve("templates"), "options"));
    }

    @Test
    void aChangedByteInALevelChangesIt() throws IOException {
        Path level = content.resolve("track-0002/l01.md");
        String text = Files.readString(level);
        int at = text.indexOf("## ") + 3;
        Files.writeString(level, text.substring(0, at) + Character.toLowerCase(text.charAt(at)) + text.substring(at + 1));

        assertNotEquals(before, fingerprint());
    }

    @Test
    void aNewFileOrFolderInTheContentChangesIt() throws IOException {
        Files.createDirectories(content.resolve("track-0001/drafts"));

        assertNotEquals(before, fingerprint());
    }

    @Test
    void hiddenFilesTheLoaderSkipsDoNotChangeIt() throws IOException {
        Files.writeString(content.resolve(".DS_Store"), "x");
        Files.writeString(content.resolve("track-0001/.l01.md.swp"), "x");
        Files.createDirectories(content.resolve(".git/objects"));

        assertEquals(before, fingerprint());
    }

    @Test
    void aChangedTemplateOrOptionChangesIt() throws IOException {
        String options = fingerprint(content, templates.getParent(), "other options");
        Files.writeString(templates.resolve("branding.ftlh"), "<a href=\"${root}index.html\">Theirs</a>\n");

        assertNotEquals(before, options);
        assertNotEquals(before, fingerprint());
    }

    @Test
    void aFolderThatCannotBeReadGivesNoFingerprint() {
        assertTrue(InputFingerprint.of(temp.resolve("missing"), null, "options", new Workers(1)).isEmpty());
    }

    private String fingerprint() {
        return fingerprint(content, templates.getParent(), "options");
    }

    private static String fingerprint(Path content, Path templates, String options) {
        try (Workers workers = new Workers(2)) {
            return InputFingerprint.of(content, templates, options, workers).orElseThrow();
        }
    }
}
