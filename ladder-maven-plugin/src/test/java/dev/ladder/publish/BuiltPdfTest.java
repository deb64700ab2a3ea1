package dev.ladder.publish;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.ladder.publish.PrintTest.COMPETENCIES;
import static dev.ladder.publish.PrintTest.EFFECTIVE;
import static dev.ladder.publish.PrintTest.LADDER;
import static dev.ladder.publish.PrintTest.LEVEL_TITLES;
import static dev.ladder.publish.PrintTest.TRACK;
import static dev.ladder.publish.PrintTest.VERSION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built-in PDFs ({@code -Dladder.pdf}) of the repository's ladder, held to the same rules as the browser's
 * print (see {@link PrintTest}), and to what only a PDF has: a contents list with page numbers, bookmarks per
 * level and competency, a title, a language, tags, and every font embedded.
 */
class BuiltPdfTest {

    @TempDir
    static Path temp;

    private static BuiltSite site;

    @BeforeAll
    static void build() {
        site = BuiltSite.buildInto(temp.resolve("site"), options -> options.pdf(true));
    }

    @Test
    void everyLevelPdfFitsTwoA4SheetsThatEachSayWhatTheyAreAndNoneEndsWithAHeading() throws IOException {
        for (int level = 1; level <= 6; level++) {
            String page = "software-engineering/p" + level + ".html";
            String code = "P" + level;
            try (PDDocument pdf = load(page)) {
                assertTrue(pdf.getNumberOfPages() <= 2, () -> page + " has " + pdf.getNumberOfPages() + " sheets");
                for (PDPage sheet : pdf.getPages()) {
                    assertEquals(595, Math.round(sheet.getMediaBox().getWidth()), page + " is not A4 portrait");
                }
                PrintedSheets sheets = PrintedSheets.read(page, pdf);
                sheets.everySheetSaysWhatItIs(LADDER, VERSION, EFFECTIVE, sheet -> List.of(TRACK, code));
                sheets.noSheetEndsWithAHeading(site.file(page));
            }
        }
    }

    @Test
    void theBookletPdfHasACoverWithContentsAndPageNumbersThenEveryLevelFromTheTopOfASheetThenTheMatrix()
            throws IOException {
        try (PDDocument pdf = load(PrintTest.BOOKLET)) {
            PrintedSheets sheets = PrintedSheets.read("the booklet PDF", pdf);
            PrintTest.assertBooklet(sheets, site.file(PrintTest.BOOKLET));
            Pattern entry = Pattern.compile("^(.+?)(?: ?[.]){3,} *(\\d+)$");
            List<String> entries = new ArrayList<>();
            for (String line : sheets.sheet(1).body()) {
                Matcher matcher = entry.matcher(line);
                if (matcher.matches()) {
                    String title = matcher.group(1).strip();
                    String heading = title.equals("Matrix of all levels") ? "All levels side by side" : title;
                    assertEquals(sheets.sheetStartingWith(heading), Integer.parseInt(matcher.group(2)),
                            () -> "the contents give the wrong page for " + title);
                    entries.add(title);
                }
            }
            List<String> expected = new ArrayList<>(List.of("Overview"));
            expected.addAll(LEVEL_TITLES);
            expected.add("Matrix of all levels");
            assertEquals(expected, entries, "the contents list with page numbers");
        }
    }

    @Test
    void pdfsHaveATitleALanguageTagsBookmarksPerLevelAndCompetencyAndEmbedEveryFont() throws IOException {
        try (PDDocument pdf = load("software-engineering/p3.html")) {
            assertDocument(pdf, "P3 Senior · " + LADDER);
            List<PDOutlineItem> top = children(pdf.getDocumentCatalog().getDocumentOutline().getFirstChild());
            assertEquals(List.of("P3 Senior"), titles(top));
            assertEquals(COMPETENCIES, titles(children(top.get(0).getFirstChild())));
        }
        try (PDDocument pdf = load(PrintTest.BOOKLET)) {
            assertDocument(pdf, TRACK + ": the whole ladder · " + LADDER);
            PDOutlineItem cover = pdf.getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertEquals(TRACK, cover.getTitle());
            List<PDOutlineItem> parts = children(cover.getFirstChild());
            List<String> expected = new ArrayList<>(List.of("Overview"));
            expected.addAll(LEVEL_TITLES);
            expected.add("All levels side by side");
            assertEquals(expected, titles(parts));
            for (PDOutlineItem level : parts.subList(1, 1 + LEVEL_TITLES.size())) {
                assertEquals(COMPETENCIES, titles(children(level.getFirstChild())), level.getTitle());
            }
        }
    }

    private static void assertDocument(PDDocument pdf, String title) throws IOException {
        assertEquals(title, pdf.getDocumentInformation().getTitle());
        assertEquals("en", pdf.getDocumentCatalog().getLanguage());
        assertNotNull(pdf.getDocumentCatalog().getStructureTreeRoot(), "not tagged");
        assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked(), "not marked as tagged");
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertTrue(font.isEmbedded(), () -> font.getName() + " is not embedded in " + title);
            }
        }
    }

    private static List<PDOutlineItem> children(PDOutlineItem first) {
        List<PDOutlineItem> items = new ArrayList<>();
        for (PDOutlineItem item = first; item != null; item = item.getNextSibling()) {
            items.add(item);
        }
        return items;
    }

    private static List<String> titles(List<PDOutlineItem> items) {
        return items.stream().map(item -> PrintedSheets.words(item.getTitle())).toList();
    }

    private static PDDocument load(String page) throws IOException {
        String pdf = page.replace(".html", ".pdf").toLowerCase(Locale.ROOT);
        return Loader.loadPDF(site.file(pdf).toFile());
    }
}
