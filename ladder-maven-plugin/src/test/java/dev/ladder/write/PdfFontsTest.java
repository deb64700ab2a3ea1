package dev.ladder.write;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfFontsTest {

    @TempDir
    Path dir;

    @Test
    void theBuiltInFacesCoverCentralEuropeanGreekCyrillicArrowsAndMathsButNotChinese() {
        PdfFonts fonts = PdfFonts.builtIn();
        "ŁódźčřžőűĄęΑλφαЖжЇї←↑→↓↔≥≤≠∞∑√∫±×÷–—“”€".codePoints()
                .forEach(c -> assertTrue(fonts.covers(c), () -> Character.getName(c) + " is not covered"));
        assertFalse(fonts.covers('東'));
    }

    @Test
    void theFingerprintOfAFontFolderChangesWithAFontsBytesButNotWithWhereTheFolderIs() throws IOException {
        Path one = Files.createDirectories(dir.resolve("one"));
        Path two = Files.createDirectories(dir.resolve("two"));
        Files.writeString(one.resolve("Corporate.ttf"), "aaaa");
        Files.writeString(one.resolve("notes.txt"), "not a font");
        Files.writeString(two.resolve("Corporate.ttf"), "aaaa");

        assertEquals(PdfFonts.describe(one), PdfFonts.describe(two));
        Files.writeString(two.resolve("Corporate.ttf"), "aaab");
        assertNotEquals(PdfFonts.describe(one), PdfFonts.describe(two));
        assertEquals("none", PdfFonts.describe(null));
    }
}
