package dev.ladder.publish;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The repository's ladder printed by Chromium on A4 and on Letter, as a reader would print it: level
 * pages fit two sheets, the matrix prints landscape with its header row on every sheet, the booklet
 * holds the whole track, and every print says which version of the ladder it is.
 */
class PrintTest {

    /** Paper sizes in inches, as Chromium's print command takes them. */
    private enum Paper {
        A4(8.27, 11.69), LETTER(8.5, 11.0);

        final double width;
        final double height;

        Paper(double width, double height) {
            this.width = width;
            this.height = height;
        }
    }

    /** Words of the screen-only parts of a page: navigation, search and the skip link. */
    private static final List<String> SCREEN_ONLY = List.of("Skip to content", "Search the ladder",
            "All levels side by side", "Suggest a change");

    @TempDir
    static Path temp;

    private static BuiltSite site;
    private static HeadlessChromium chromium;

    @BeforeAll
    static void startBrowser() {
        RequiredTools.requireBrowser("PrintTest");
        site = BuiltSite.buildInto(temp.resolve("site"));
        chromium = HeadlessChromium.start(temp.resolve("chromium-profile"));
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void everyLevelPagePrintsOnAtMostTwoSheetsOfA4AndOfLetter() throws IOException {
        List<String> levels = levelPages();
        assertEquals(6, levels.size(), () -> "expected the six levels of the repository's ladder: " + levels);
        List<String> tooLong = new ArrayList<>();
        for (Paper paper : Paper.values()) {
            for (String level : levels) {
                try (PDDocument pdf = print(level, paper)) {
                    if (pdf.getNumberOfPages() > 2) {
                        tooLong.add(level + " on " + paper + ": " + pdf.getNumberOfPages() + " pages");
                    }
                    assertPortrait(pdf, level + " on " + paper);
                }
            }
        }
        assertTrue(tooLong.isEmpty(), () -> "level pages longer than two sheets: " + tooLong);
    }

    @Test
    void aPrintedLevelPageSaysWhichLadderItIsFromAndLeavesTheScreenOnlyPartsOut() throws IOException {
        for (Paper paper : Paper.values()) {
            try (PDDocument pdf = print(levelPages().get(2), paper)) {
                String text = text(pdf);
                assertTrue(text.contains("version 1.0"), () -> "no version in:\n" + text);
                assertTrue(text.contains("effective 5 January 2026"), () -> "no effective date in:\n" + text);
                assertTrue(text.contains("software-engineering/p3.html"), () -> "no page address in:\n" + text);
                assertTrue(text.contains("Incident response"), () -> "sections missing from:\n" + text);
                for (String words : SCREEN_ONLY) {
                    assertFalse(text.contains(words), () -> "'" + words + "' printed on " + paper + ":\n" + text);
                }
            }
        }
    }

    @Test
    void theMatrixPrintsLandscapeWithItsHeaderRowOnEverySheet() throws IOException {
        for (Paper paper : Paper.values()) {
            try (PDDocument pdf = print("software-engineering/matrix.html", paper)) {
                assertTrue(pdf.getNumberOfPages() >= 2, "the six-level matrix does not fit one sheet");
                for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                    PDRectangle box = pdf.getPage(page - 1).getMediaBox();
                    int sheet = page;
                    assertTrue(box.getWidth() > box.getHeight(), () -> "sheet " + sheet + " on " + paper
                            + " is portrait");
                    String text = text(pdf, page);
                    for (String header : List.of("Competency", "P1 Junior", "P6 Principal")) {
                        assertTrue(text.contains(header), () -> "sheet " + sheet + " on " + paper + " lacks the header '"
                                + header + "':\n" + text);
                    }
                }
                String all = text(pdf);
                assertTrue(all.contains("version 1.0") && all.contains("effective 5 January 2026"), all);
                SCREEN_ONLY.forEach(words -> assertFalse(all.contains(words), words));
            }
        }
    }

    @Test
    void theBookletHoldsTheCoverOverviewEveryLevelOnItsOwnSheetAndTheMatrix() throws IOException {
        try (PDDocument pdf = print("software-engineering/print.html", Paper.A4)) {
            String cover = text(pdf, 1);
            for (String words : List.of("Technical and Professional Roles", "Software Engineer", "1.0",
                    "5 January 2026")) {
                assertTrue(cover.contains(words), () -> "the cover lacks '" + words + "':\n" + cover);
            }
            List<String> levelTitles = List.of("P1 Junior", "P2 Mid", "P3 Senior", "P4 Senior-plus / Team Technical Lead",
                    "P5 Staff", "P6 Principal");
            int previous = 1;
            for (String title : levelTitles) {
                int sheet = firstSheetStartingWith(pdf, title, previous + 1);
                int after = previous;
                assertTrue(sheet > previous, () -> title + " does not start a sheet after sheet " + after);
                previous = sheet;
            }
            PDPage last = pdf.getPage(pdf.getNumberOfPages() - 1);
            assertTrue(last.getMediaBox().getWidth() > last.getMediaBox().getHeight(), "the matrix is not landscape");
            assertTrue(text(pdf, pdf.getNumberOfPages()).contains("Competency"), "the booklet does not end with the matrix");
        }
    }

    private static List<String> levelPages() {
        return site.htmlPages().stream().filter(page -> page.matches("software-engineering/p\\d\\.html")).toList();
    }

    /** The first sheet from {@code from} on whose text, after the running header, begins with the level's title. */
    private static int firstSheetStartingWith(PDDocument pdf, String title, int from) throws IOException {
        for (int page = from; page <= pdf.getNumberOfPages(); page++) {
            List<String> lines = text(pdf, page).lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
            // A level's sheet starts with the header line, the track's name, then the level's code and title.
            if (lines.size() > 2 && lines.subList(0, 4 < lines.size() ? 4 : lines.size()).contains(title)) {
                return page;
            }
        }
        return -1;
    }

    private static void assertPortrait(PDDocument pdf, String label) {
        for (PDPage page : pdf.getPages()) {
            assertTrue(page.getMediaBox().getHeight() > page.getMediaBox().getWidth(), label + " is not portrait");
        }
    }

    private static PDDocument print(String page, Paper paper) throws IOException {
        chromium.open(site.file(page).toUri().toString());
        Map<String, Object> result = chromium.driver().executeCdpCommand("Page.printToPDF", Map.of(
                "paperWidth", paper.width, "paperHeight", paper.height, "printBackground", false,
                "displayHeaderFooter", false, "preferCSSPageSize", false));
        return Loader.loadPDF(Base64.getDecoder().decode((String) result.get("data")));
    }

    private static String text(PDDocument pdf) throws IOException {
        return words(new PDFTextStripper().getText(pdf));
    }

    private static String text(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return words(stripper.getText(pdf));
    }

    /** The boxed level code and its title come out with extra spaces between them; words are what count. */
    private static String words(String text) {
        return text.replaceAll("[ \\t]+", " ");
    }
}
