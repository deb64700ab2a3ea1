package dev.ladder.publish;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The sheets of a printed page (from Chromium or the built-in PDFs), read with PDFBox as a person reads
 * paper: top to bottom, the running header first and the running footer ("... page X of Y") last. The
 * checks of issue 16 that both print paths must pass live here, so that both are held to the same rules.
 */
final class PrintedSheets {

    /** The running footer's last words; the header and footer are the first and last lines of a sheet. */
    private static final Pattern PAGE_OF = Pattern.compile("page (\\d+) of (\\d+)");

    /** One sheet: its lines top to bottom, without the running header and footer in {@code body}. */
    record Sheet(int number, boolean landscape, String header, String footer, List<String> body) {

        String text() {
            return header + "\n" + String.join("\n", body) + "\n" + footer;
        }
    }

    private final String label;
    private final List<Sheet> sheets;

    private PrintedSheets(String label, List<Sheet> sheets) {
        this.label = label;
        this.sheets = sheets;
    }

    static PrintedSheets read(String label, PDDocument pdf) throws IOException {
        List<Sheet> sheets = new ArrayList<>();
        for (int number = 1; number <= pdf.getNumberOfPages(); number++) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(number);
            stripper.setEndPage(number);
            List<String> lines = stripper.getText(pdf).lines().map(PrintedSheets::words)
                    .filter(line -> !line.isEmpty()).toList();
            PDPage page = pdf.getPage(number - 1);
            boolean landscape = page.getMediaBox().getWidth() > page.getMediaBox().getHeight();
            int sheet = number;
            assertTrue(lines.size() >= 2, () -> label + ", sheet " + sheet + ", has no running header and footer: "
                    + lines);
            // The footer's two boxes may sit on slightly different baselines, and so come out as two lines.
            int footerLines = lines.size() > 3 && !isWholeFooter(lines.get(lines.size() - 1)) ? 2 : 1;
            String footer = String.join(" ", lines.subList(lines.size() - footerLines, lines.size()));
            sheets.add(new Sheet(number, landscape, lines.get(0), footer,
                    List.copyOf(lines.subList(1, lines.size() - footerLines))));
        }
        return new PrintedSheets(label, List.copyOf(sheets));
    }

    private static boolean isWholeFooter(String line) {
        return PAGE_OF.matcher(line).find() && line.contains("version ");
    }

    List<Sheet> sheets() {
        return sheets;
    }

    Sheet sheet(int number) {
        return sheets.get(number - 1);
    }

    String text() {
        return String.join("\n", sheets.stream().map(Sheet::text).toList());
    }

    /**
     * Every sheet names the ladder and what it holds in its header, and the version, effective date and
     * "page X of Y" in its footer; {@code what} gives the words the header must have on a sheet.
     */
    void everySheetSaysWhatItIs(String ladder, String version, String effective,
                                java.util.function.IntFunction<List<String>> what) {
        for (Sheet sheet : sheets) {
            String where = label + ", sheet " + sheet.number() + ": ";
            assertTrue(sheet.header().startsWith(ladder + " · "), () -> where + "header '" + sheet.header() + "'");
            for (String words : what.apply(sheet.number())) {
                assertTrue(sheet.header().contains(words), () -> where + "header '" + sheet.header()
                        + "' lacks '" + words + "'");
            }
            assertTrue(sheet.footer().contains("version " + version) && sheet.footer().contains("effective " + effective),
                    () -> where + "footer '" + sheet.footer() + "'");
            Matcher pageOf = PAGE_OF.matcher(sheet.footer());
            assertTrue(pageOf.find(), () -> where + "no 'page X of Y' in '" + sheet.footer() + "'");
            assertEquals(sheet.number() + " of " + sheets.size(), pageOf.group(1) + " of " + pageOf.group(2), where);
        }
    }

    /** No sheet's last line is a heading of the page: a heading always has its text below it. */
    void noSheetEndsWithAHeading(Path html) {
        Set<String> headings = headings(html);
        for (Sheet sheet : sheets) {
            if (!sheet.body().isEmpty()) {
                String last = sheet.body().get(sheet.body().size() - 1);
                assertTrue(!headings.contains(last), () -> label + ", sheet " + sheet.number() + " ends with the heading '"
                        + last + "':\n" + sheet.text());
            }
        }
    }

    /** The number of the first sheet whose body starts (first two lines) with {@code line}; fails if none. */
    int sheetStartingWith(String line) {
        for (Sheet sheet : sheets) {
            if (sheet.body().stream().limit(2).anyMatch(line::equals)) {
                return sheet.number();
            }
        }
        return fail(label + ": no sheet starts with '" + line + "':\n" + text());
    }

    /** The headings of a page, and the competency names that head the printed matrix, as their text. */
    static Set<String> headings(Path html) {
        try {
            Document page = Jsoup.parse(html.toFile(), "UTF-8");
            Set<String> headings = new LinkedHashSet<>();
            for (Element heading : page.select("main h1, main h2, main h3, main h4, .printed-matrix .competency-name")) {
                headings.add(words(heading.text()));
            }
            return headings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Boxed level codes come out with extra spaces; words are what count. */
    static String words(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
