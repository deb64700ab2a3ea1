package dev.ladder.publish;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
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
 * The repository's ladder printed by Chromium on A4 and on Letter, as a reader would print it: every sheet
 * says which ladder, track, level (or matrix) and version it holds and which page of how many it is; level
 * pages fit two sheets and no sheet ends with a heading; the matrix prints landscape with the competency and
 * the levels at the top of every sheet; the booklet has a cover with contents, then every level from the top
 * of a sheet, then the matrix; and a dark screen scheme still prints black on white.
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

    static final String LADDER = "Engineering Career Ladder";
    static final String TRACK = "Software Engineer";
    static final String VERSION = "1.0";
    static final String EFFECTIVE = "5 January 2026";
    static final String BOOKLET = "software-engineering/print.html";
    static final List<String> LEVEL_TITLES = List.of("P1 Junior", "P2 Mid", "P3 Senior",
            "P4 Senior-plus / Team Technical Lead", "P5 Staff", "P6 Principal");
    static final List<String> COMPETENCIES = List.of("Feature development", "System architecture",
            "API and event-driven design", "Observability", "Incident response", "Scope and leadership");

    private static final String DARK_SCHEME = "@media (prefers-color-scheme: dark) { :root { --ink: #eee; }"
            + " html, body, main, .site-header, .matrix th, .matrix td { background: #111; color: #eee; } }";

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

    /** The example's level page with "Same grade in other tracks", which prints after the profile. */
    @Test
    void aLevelPageWithItsSameGradeListPrintsOnAtMostTwoSheets() throws IOException {
        BuiltSite example = BuiltSite.buildExampleInto(temp.resolve("example"));
        String level = example.gradePages().get("same grade");
        for (Paper paper : Paper.values()) {
            try (PDDocument pdf = print(example.file(level), paper)) {
                assertTrue(pdf.getNumberOfPages() <= 2, () -> level + " on " + paper + ": " + pdf.getNumberOfPages()
                        + " pages");
                PrintedSheets sheets = PrintedSheets.read(level + " on " + paper, pdf);
                assertTrue(sheets.text().contains("Same grade in other tracks"), () -> "not printed:\n" + sheets.text());
                sheets.noSheetEndsWithAHeading(example.file(level));
            }
        }
    }

    /** The example's QA specialisation: levels most of whose sections are shared with software engineering. */
    @Test
    void everyLevelOfASpecialisationPrintsOnAtMostTwoSheetsSayingWhatItIs() throws IOException {
        BuiltSite example = BuiltSite.buildExampleInto(temp.resolve("specialisation"));
        List<String> levels = example.htmlPages().stream()
                .filter(page -> page.matches(BuiltSite.SPECIALISATION + "/q\\d\\.html")).toList();
        assertEquals(6, levels.size(), () -> "expected the six levels of the QA specialisation: " + levels);
        for (Paper paper : Paper.values()) {
            for (String level : levels) {
                String code = level.replaceAll(".*/(q\\d)\\.html", "$1").toUpperCase(java.util.Locale.ROOT);
                try (PDDocument pdf = print(example.file(level), paper)) {
                    assertTrue(pdf.getNumberOfPages() <= 2, () -> level + " on " + paper + ": "
                            + pdf.getNumberOfPages() + " pages");
                    assertPortrait(pdf, level + " on " + paper);
                    PrintedSheets sheets = PrintedSheets.read(level + " on " + paper, pdf);
                    assertTrue(sheets.text().contains("Shared with Software Engineer"), () -> "not printed:\n"
                            + sheets.text());
                    sheets.everySheetSaysWhatItIs("Engineering Job Architecture", VERSION, EFFECTIVE,
                            sheet -> List.of("QA Engineer", code));
                    sheets.noSheetEndsWithAHeading(example.file(level));
                }
            }
        }
    }

    @Test
    void everySheetOfALevelSaysWhichLadderTrackLevelAndVersionItIsAndNoneEndsWithAHeading() throws IOException {
        for (Paper paper : Paper.values()) {
            for (String level : levelPages()) {
                String code = level.replaceAll(".*/(p\\d)\\.html", "$1").toUpperCase(java.util.Locale.ROOT);
                try (PDDocument pdf = print(level, paper)) {
                    PrintedSheets sheets = PrintedSheets.read(level + " on " + paper, pdf);
                    sheets.everySheetSaysWhatItIs(LADDER, VERSION, EFFECTIVE, sheet -> List.of(TRACK, code));
                    sheets.noSheetEndsWithAHeading(site.file(level));
                    sheets.sheets().forEach(sheet -> assertTrue(sheet.footer().contains(level),
                            () -> "no page address in the footer of " + level + ": " + sheet.footer()));
                }
            }
        }
    }

    /** A compare page folds P2's carried-over bullets away on screen; on paper they print open, not struck through. */
    @Test
    void foldedListsOfAComparePagePrintOpen() throws IOException {
        try (PDDocument pdf = print("software-engineering/compare-p2-p3.html", Paper.A4)) {
            String text = PrintedSheets.read("P2 and P3", pdf).text().replaceAll("\\s+", " ");
            // Closed, the summary would be followed by the next competency's heading.
            assertTrue(text.contains("Carried over from P2 (4) Takes a one-to-three-week feature from a refined ticket"),
                    text);
        }
    }

    @Test
    void aPrintedLevelPageLeavesTheScreenOnlyPartsOut() throws IOException {
        for (Paper paper : Paper.values()) {
            try (PDDocument pdf = print(levelPages().get(2), paper)) {
                String text = PrintedSheets.read("P3", pdf).text();
                assertTrue(text.contains("Incident response"), () -> "sections missing from:\n" + text);
                for (String words : SCREEN_ONLY) {
                    assertFalse(text.contains(words), () -> "'" + words + "' printed on " + paper + ":\n" + text);
                }
            }
        }
    }

    @Test
    void theMatrixPrintsLandscapeWithTheCompetencyAndLevelsAtTheTopOfEverySheet() throws IOException {
        for (Paper paper : Paper.values()) {
            String page = "software-engineering/matrix.html";
            try (PDDocument pdf = print(page, paper)) {
                PrintedSheets sheets = PrintedSheets.read("the matrix on " + paper, pdf);
                assertTrue(pdf.getNumberOfPages() >= 2, "the six-level matrix does not fit one sheet");
                sheets.everySheetSaysWhatItIs(LADDER, VERSION, EFFECTIVE, sheet -> List.of(TRACK, "matrix"));
                sheets.noSheetEndsWithAHeading(site.file(page));
                assertMatrixSheets(sheets, sheets.sheets());
                String all = sheets.text();
                SCREEN_ONLY.forEach(words -> assertFalse(all.contains(words), words));
            }
        }
    }

    @Test
    void theBookletHasACoverWithContentsThenEveryLevelFromTheTopOfASheetThenTheMatrix() throws IOException {
        for (Paper paper : Paper.values()) {
            try (PDDocument pdf = print(BOOKLET, paper)) {
                PrintedSheets sheets = PrintedSheets.read("the booklet on " + paper, pdf);
                assertBooklet(sheets, site.file(BOOKLET));
            }
        }
    }

    @Test
    void printsBlackOnWhiteWhenTheReaderPrefersADarkScheme() throws IOException {
        chromium.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            for (String page : List.of(levelPages().get(0), BOOKLET, "software-engineering/matrix.html")) {
                chromium.open(site.file(page).toUri().toString());
                // A dark scheme as a screen stylesheet would write it, after print.css, which must still win.
                chromium.driver().executeScript("const style = document.createElement('style');"
                        + "style.textContent = '" + DARK_SCHEME + "'; document.head.append(style);");
                Map<String, Object> result = chromium.driver().executeCdpCommand("Page.printToPDF", Map.of(
                        "paperWidth", Paper.A4.width, "paperHeight", Paper.A4.height, "printBackground", true));
                try (PDDocument pdf = Loader.loadPDF(Base64.getDecoder().decode((String) result.get("data")))) {
                    BufferedImage sheet = new PDFRenderer(pdf).renderImage(0, 0.5f);
                    // A dark scheme that reached paper would make most of the sheet dark.
                    long light = 0;
                    for (int y = 0; y < sheet.getHeight(); y++) {
                        for (int x = 0; x < sheet.getWidth(); x++) {
                            int rgb = sheet.getRGB(x, y);
                            int lum = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                            light += lum > 200 ? 1 : 0;
                        }
                    }
                    double share = (double) light / (sheet.getWidth() * sheet.getHeight());
                    assertTrue(share > 0.6, () -> page + " printed in the dark scheme is only " + share
                            + " white: print.css must force black on white");
                }
            }
        } finally {
            chromium.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    /** Checks shared with the built-in PDF's test: the booklet's order, its parts' sheets and its headers. */
    static void assertBooklet(PrintedSheets sheets, Path html) {
        PrintedSheets.Sheet cover = sheets.sheet(1);
        for (String words : List.of(LADDER, TRACK, "Technical and Professional Roles", VERSION, EFFECTIVE,
                "Contents", "Overview", "Matrix of all levels")) {
            assertTrue(cover.text().contains(words), () -> "the cover lacks '" + words + "':\n" + cover.text());
        }
        sheets.noSheetEndsWithAHeading(html);
        int previous = 1;
        List<Integer> starts = new ArrayList<>();
        for (String title : LEVEL_TITLES) {
            int sheet = sheets.sheetStartingWith(title);
            int after = previous;
            assertTrue(sheet > previous, () -> title + " does not start a sheet after sheet " + after);
            starts.add(sheet);
            previous = sheet;
        }
        int matrix = sheets.sheetStartingWith("All levels side by side");
        assertTrue(matrix > previous, "the matrix does not come after the levels");
        List<Integer> levelStarts = List.copyOf(starts);
        int matrixStart = matrix;
        sheets.everySheetSaysWhatItIs(LADDER, VERSION, EFFECTIVE, number -> {
            if (number >= matrixStart) {
                return List.of(TRACK, "matrix");
            }
            int level = -1;
            for (int i = 0; i < levelStarts.size(); i++) {
                level = number >= levelStarts.get(i) ? i : level;
            }
            return level < 0 ? List.of(TRACK, "all levels", "P1", "P6") : List.of(TRACK, LEVEL_TITLES.get(level));
        });
        assertMatrixSheets(sheets, sheets.sheets().subList(matrix - 1, sheets.sheets().size()));
    }

    /**
     * Matrix sheets are landscape and carry every level's name; each one after the first starts with a
     * competency's name, the one whose row it holds or continues.
     */
    static void assertMatrixSheets(PrintedSheets sheets, List<PrintedSheets.Sheet> matrix) {
        for (PrintedSheets.Sheet sheet : matrix) {
            assertTrue(sheet.landscape(), () -> "matrix sheet " + sheet.number() + " is portrait");
            for (String level : LEVEL_TITLES) {
                // A long title wraps in its column: its first two words stay on the header row's first line.
                String head = level.replaceAll("^(\\S+ \\S+).*", "$1");
                assertTrue(sheet.text().contains(head), () -> "matrix sheet " + sheet.number() + " lacks '" + level
                        + "':\n" + sheet.text());
            }
            if (sheet != matrix.get(0)) {
                assertTrue(COMPETENCIES.contains(sheet.body().get(0)), () -> "matrix sheet " + sheet.number()
                        + " does not start with a competency's name:\n" + sheet.text());
            }
        }
    }

    private static List<String> levelPages() {
        return site.htmlPages().stream().filter(page -> page.matches("software-engineering/p\\d\\.html")).toList();
    }

    private static void assertPortrait(PDDocument pdf, String label) {
        for (PDPage page : pdf.getPages()) {
            assertTrue(page.getMediaBox().getHeight() > page.getMediaBox().getWidth(), label + " is not portrait");
        }
    }

    private static PDDocument print(String page, Paper paper) throws IOException {
        return print(site.file(page), paper);
    }

    private static PDDocument print(Path page, Paper paper) throws IOException {
        chromium.open(page.toUri().toString());
        Map<String, Object> result = chromium.driver().executeCdpCommand("Page.printToPDF", Map.of(
                "paperWidth", paper.width, "paperHeight", paper.height, "printBackground", false,
                "displayHeaderFooter", false, "preferCSSPageSize", false));
        return Loader.loadPDF(Base64.getDecoder().decode((String) result.get("data")));
    }
}
