package dev.ladder.write;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * Turns printable pages of a written site into PDFs beside them ({@code p3.html} gives {@code p3.pdf}),
 * from the same HTML and print stylesheet, so an intranet without a print server can offer downloads.
 * The PDFs carry a fixed date and an identifier derived from their content: the same site gives the same bytes.
 */
public final class PdfExport {

    static {
        // The renderer logs every page it lays out; a build's log has no use for that.
        XRLog.setLoggingEnabled(false);
        if (!(FontMappers.instance() instanceof StandardFontMapper)) {
            FontMappers.set(new StandardFontMapper(FontMappers.instance()));
        }
    }

    private final Calendar stamp;

    /** @param time the creation date written into every PDF */
    public PdfExport(Instant time) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(time.toEpochMilli());
        this.stamp = calendar;
    }

    /** Writes {@code page} (an HTML file in {@code site}) as a PDF of the same name; returns the PDF's site path. */
    public String export(Path site, String page) throws IOException {
        Path html = site.resolve(page);
        String pdfPath = pdfPath(page);
        org.w3c.dom.Document document = new W3CDom().fromJsoup(Jsoup.parse(html.toFile(), "UTF-8"));
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withProducer("Ladder");
        builder.withW3cDocument(document, html.toUri().toString());
        builder.toStream(raw);
        builder.run();
        try (PDDocument pdf = Loader.loadPDF(raw.toByteArray());
             OutputStream out = Files.newOutputStream(site.resolve(pdfPath))) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setCreationDate(stamp);
            info.setModificationDate(stamp);
            byte[] id = digest(Files.readAllBytes(html));
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
            pdf.save(out);
        }
        return pdfPath;
    }

    /** Where the PDF of a page goes: beside it, with the same name. */
    public static String pdfPath(String page) {
        return page.substring(0, page.length() - ".html".length()) + ".pdf";
    }

    private static byte[] digest(byte[] bytes) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Arrays.copyOf(sha, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
