package dev.ladder.write;

import dev.ladder.BuildOptions;
import dev.ladder.BuildResult;
import dev.ladder.LadderFixture;
import dev.ladder.SiteGenerator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfExportTest {

    @TempDir
    Path dir;

    @Test
    void withPdfOnEachLevelAndTheBookletGetAReproduciblePdfBesideThem() throws IOException {
        LadderFixture ladder = LadderFixture.summarised(dir).write("content/_index.md", """
                ---
                title: Test Ladder
                version: "2.1"
                effective: 2026-03-01
                ---
                What we expect of engineers.
                """);
        BuildResult first = SiteGenerator.build(withPdf(ladder, "first"));
        BuildResult second = SiteGenerator.build(withPdf(ladder, "second"));

        assertTrue(first.written() && second.written(), first.problems().toString());
        for (String pdf : new String[] {"eng/l1.pdf", "eng/l2.pdf", "eng/print.pdf"}) {
            byte[] bytes = Files.readAllBytes(dir.resolve("first").resolve(pdf));
            assertArrayEquals(bytes, Files.readAllBytes(dir.resolve("second").resolve(pdf)), pdf);
            try (PDDocument document = Loader.loadPDF(bytes)) {
                String text = new PDFTextStripper().getText(document);
                assertTrue(text.contains("version 2.1") && text.contains("effective 1 March 2026"), text);
                assertFalse(text.contains("Skip to content"), text);
                assertEquals(2026, document.getDocumentInformation().getCreationDate().get(java.util.Calendar.YEAR));
            }
        }
        String level = Files.readString(dir.resolve("first/eng/l1.html"));
        assertTrue(level.contains("<a class=\"pdf\" href=\"l1.pdf\" type=\"application/pdf\">Download PDF</a>"), level);
        assertTrue(Files.readString(dir.resolve("first/eng/index.html")).contains("href=\"print.pdf\""));
    }

    @Test
    void thePdfRendererFetchesNothingFromAnotherHostThatTheContentNames() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            String image = "http://127.0.0.1:" + server.getLocalPort() + "/chart.png";
            LadderFixture ladder = LadderFixture.summarised(dir).write("content/eng/l1.md", """
                    ---
                    level: L1
                    title: Junior
                    summary: Learns the ropes.
                    ---
                    ![A chart](%s)

                    ## Delivery

                    Ships small tasks.

                    ## Collaboration

                    Asks for help early.
                    """.formatted(image));

            BuildResult result = SiteGenerator.build(withPdf(ladder, "site"));

            assertTrue(result.written(), result.problems().toString());
            assertTrue(Files.readString(dir.resolve("site/eng/l1.html")).contains(image));
            assertTrue(Files.exists(dir.resolve("site/eng/l1.pdf")));
            server.setSoTimeout(500);
            assertThrows(SocketTimeoutException.class, server::accept, "the PDF renderer connected to " + image);
        }
    }

    @Test
    void withoutPdfNoPdfIsWrittenAndNoPageOffersOne() throws IOException {
        LadderFixture ladder = LadderFixture.summarised(dir);
        assertTrue(SiteGenerator.build(ladder.options()).written());

        assertFalse(Files.exists(dir.resolve("site/eng/l1.pdf")));
        assertFalse(Files.readString(dir.resolve("site/eng/l1.html")).contains("Download PDF"));
    }

    private BuildOptions withPdf(LadderFixture ladder, String output) {
        return BuildOptions.builder(ladder.root()).output(dir.resolve(output)).pdf(true).build();
    }
}
