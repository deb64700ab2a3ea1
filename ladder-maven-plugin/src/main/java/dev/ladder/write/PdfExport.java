package dev.ladder.write;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
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
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
    private final PdfFonts fonts;

    /**
     * @param effective the ladder's effective date, or {@code null}: every PDF's date, so that rebuilding
     *                  them changes no byte
     * @param fonts     the fonts every PDF embeds
     */
    public PdfExport(LocalDate effective, PdfFonts fonts) {
        Instant time = effective == null ? Instant.EPOCH : effective.atStartOfDay(ZoneOffset.UTC).toInstant();
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(time.toEpochMilli());
        this.stamp = calendar;
        this.fonts = fonts;
    }

    /** Writes {@code page} (an HTML file in {@code site}) as a PDF of the same name; returns the PDF's site path. */
    public String export(Path site, String page) throws IOException {
        Path html = site.resolve(page);
        String pdfPath = pdfPath(page);
        org.jsoup.nodes.Document parsed = Jsoup.parse(html.toFile(), "UTF-8");
        PdfOutline.add(parsed);
        if (parsed.selectFirst("meta[name=description]") == null) {
            // PDF/UA wants a description; the page's title is the best one it has.
            parsed.head().appendElement("meta").attr("name", "description").attr("content", parsed.title());
        }
        org.w3c.dom.Document document = new W3CDom().fromJsoup(parsed);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        // Tagged for screen readers (PDF/UA), which also keeps every font embedded: the renderer then never
        // falls back to PDF's standard fonts.
        builder.usePdfUaAccessibility(true);
        fonts.register(builder);
        builder.withProducer("Ladder");
        builder.withW3cDocument(document, html.toUri().toString());
        // Content is untrusted: the renderer may read the site's own files and nothing else, on no network.
        builder.useExternalResourceAccessControl((uri, type) -> insideSite(site, uri),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.toStream(raw);
        try {
            builder.run();
        } catch (RuntimeException e) {
            throw new IOException("the PDF of " + page + " could not be made: " + e, e);
        }
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

    private static boolean insideSite(Path site, String uri) {
        try {
            URI address = URI.create(uri);
            return "file".equals(address.getScheme())
                    && Path.of(address).normalize().startsWith(site.toAbsolutePath().normalize());
        } catch (RuntimeException e) {
            return false;
        }
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
