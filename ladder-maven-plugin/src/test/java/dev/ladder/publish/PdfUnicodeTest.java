package dev.ladder.publish;

import dev.ladder.BuildOptions;
import dev.ladder.BuildResult;
import dev.ladder.LadderFixture;
import dev.ladder.SiteGenerator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
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

/**
 * A level written in Central European, Greek and Cyrillic letters, arrows, maths and a line of Chinese and
 * Japanese comes out of the built-in PDF as it went in: the text PDFBox extracts is the page's text, and
 * every font is embedded. The built-in fonts cover all but the Chinese characters, which come from a font
 * folder ({@code ladder.pdfFonts}) made at test time from Debian's fonts-droid-fallback (Apache 2.0, 4 MB,
 * too large to keep in the repository); a character no font has is a warning at its file, line and column.
 */
class PdfUnicodeTest {

    private static final String UNICODE_LEVEL = """
            ---
            level: P1
            title: Junior
            ---
            Learning the ropes, in an old script too: 𐌀.

            ## Delivery

            - Monitors jobs (≥ 99.9% success → alert), works with the Łódź and 東京 offices.
            - Greek and Cyrillic: Ελληνικά γράμματα, кириллица и Київ; Czech: příliš žluťoučký kůň.
            - Maths and arrows: ∑ ≠ ≤ ∞ √ ∫ ± × ÷ ← ↑ ↓ ↔ and “quotes” – dashes — too.

            ## Teamwork

            Asks for help early.
            """;

    @TempDir
    Path dir;

    @Test
    void aUnicodeLevelRoundTripsThroughItsPdfWithEveryFontEmbedded() throws IOException {
        RequiredTools.requireCjkFont("PdfUnicodeTest");
        Path fonts = Files.createDirectories(dir.resolve("fonts"));
        Files.copy(RequiredTools.CJK_FONT, fonts.resolve(RequiredTools.CJK_FONT.getFileName()));
        LadderFixture ladder = LadderFixture.in(dir).write("content/eng/p1.md", UNICODE_LEVEL);

        BuildResult result = SiteGenerator.build(withPdf(ladder).pdfFonts(fonts).build());

        assertTrue(result.written(), result.problems().toString());
        assertEquals(List.of("content/eng/p1.md:5:43: warning: the character '𐌀' (U+10300 OLD ITALIC LETTER A)"
                        + " is in no font the PDFs can use, so the PDFs would show '#' in its place; add a TrueType"
                        + " font that has it to the ladder.pdfFonts folder, or write another character"),
                ladder.lines(result), "only the old script is in no font");
        Path site = dir.resolve("site");
        try (PDDocument pdf = Loader.loadPDF(site.resolve("eng/p1.pdf").toFile())) {
            String text = PrintedSheets.words(new PDFTextStripper().getText(pdf));
            for (String item : listItems(site.resolve("eng/p1.html"))) {
                assertTrue(text.contains(item), () -> "the PDF's text lacks '" + item + "':\n" + text);
            }
            List<String> fontNames = embeddedFonts(pdf);
            assertTrue(fontNames.stream().anyMatch(name -> name.contains("LiberationSans")), fontNames.toString());
            assertTrue(fontNames.stream().anyMatch(name -> name.contains("DroidSansFallback")), fontNames.toString());
        }
    }

    @Test
    void withoutAFontForThemEachChineseCharacterIsAWarningAtItsPlaceAndTheRestIsCovered() {
        LadderFixture ladder = LadderFixture.in(dir).write("content/eng/p1.md", UNICODE_LEVEL);

        List<String> lines = ladder.lines(SiteGenerator.check(withPdf(ladder).build()));

        assertEquals(List.of(
                "content/eng/p1.md:5:43: warning: the character '𐌀' (U+10300 OLD ITALIC LETTER A) is in no font the"
                        + " PDFs can use, so the PDFs would show '#' in its place; add a TrueType font that has it to"
                        + " the ladder.pdfFonts folder, or write another character",
                "content/eng/p1.md:9:68: warning: the character '東' (U+6771 CJK UNIFIED IDEOGRAPHS 6771) is in no"
                        + " font the PDFs can use, so the PDFs would show '#' in its place; add a TrueType font that"
                        + " has it to the ladder.pdfFonts folder, or write another character",
                "content/eng/p1.md:9:69: warning: the character '京' (U+4EAC CJK UNIFIED IDEOGRAPHS 4EAC) is in no"
                        + " font the PDFs can use, so the PDFs would show '#' in its place; add a TrueType font that"
                        + " has it to the ladder.pdfFonts folder, or write another character"), lines);
    }

    @Test
    void withoutPdfsNoCharacterIsChecked() {
        LadderFixture ladder = LadderFixture.in(dir).write("content/eng/p1.md", UNICODE_LEVEL);

        assertEquals(List.of(), ladder.check());
    }

    @Test
    void aFileThatIsNotAFontInTheFolderStopsTheBuildAndNamesTheFile() throws IOException {
        LadderFixture ladder = LadderFixture.in(dir).write("fonts/readme.txt", "not a font, and not read\n")
                .write("fonts/Corporate.ttf", "not a font either\n");

        BuildResult result = SiteGenerator.build(withPdf(ladder).pdfFonts(dir.resolve("fonts")).build());

        assertFalse(result.written());
        assertEquals(List.of("fonts/Corporate.ttf: error: is not a TrueType font the PDFs can use; keep only"
                + " TrueType fonts (.ttf, .ttc) in the PDF font folder (ladder.pdfFonts)"), ladder.lines(result));
        assertFalse(Files.exists(dir.resolve("site")));
    }

    private static BuildOptions.Builder withPdf(LadderFixture ladder) {
        return ladder.optionsBuilder().pdf(true);
    }

    /** The text of every list item of the page's competencies, as a reader sees it. */
    private static List<String> listItems(Path html) throws IOException {
        List<String> items = new ArrayList<>();
        for (Element item : Jsoup.parse(html.toFile(), "UTF-8").select(".competency li")) {
            items.add(PrintedSheets.words(item.text()));
        }
        assertEquals(3, items.size(), items.toString());
        return items;
    }

    private static List<String> embeddedFonts(PDDocument pdf) throws IOException {
        List<String> names = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded(), () -> font.getName() + " is not embedded");
                names.add(font.getName());
            }
        }
        return names;
    }
}
