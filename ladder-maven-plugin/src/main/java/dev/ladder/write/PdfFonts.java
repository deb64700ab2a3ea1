package dev.ladder.write;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The fonts a PDF may use, all embedded: the built-in Liberation faces (Latin with Central European,
 * Greek, Cyrillic, arrows and common maths) and the TrueType fonts of an organisation's own folder
 * ({@code ladder.pdfFonts}), which are tried, in file-name order, for any character the built-in faces lack
 * and may also be named by family in a site's stylesheet. Nothing falls back to PDF's standard fonts, which
 * are not embedded and know no more than Western European letters.
 */
public final class PdfFonts {

    /** The family the print stylesheet names first; the built-in faces are registered under it. */
    public static final String FAMILY = "Liberation Sans";
    private static final String MONO = "Liberation Mono";

    /**
     * The built-in faces, read when a build first makes PDFs: every build names this class for its
     * fingerprint ({@link #describe}), and parsing six fonts would cost each of them a fraction of a second.
     */
    private static final class BuiltIn {
        static final List<Face> FACES = List.of(
                builtIn(FAMILY, "LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
                builtIn(FAMILY, "LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
                builtIn(FAMILY, "LiberationSans-Italic.ttf", 400, FontStyle.ITALIC),
                builtIn(FAMILY, "LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC),
                builtIn(MONO, "LiberationMono-Regular.ttf", 400, FontStyle.NORMAL),
                builtIn(MONO, "LiberationMono-Bold.ttf", 700, FontStyle.NORMAL));
    }

    private final List<OwnFont> own;
    private final List<CmapLookup> coverage;

    private PdfFonts(List<OwnFont> own) {
        this.own = own;
        List<CmapLookup> maps = new ArrayList<>();
        BuiltIn.FACES.forEach(face -> maps.addAll(face.cmaps()));
        own.forEach(face -> maps.addAll(face.cmaps()));
        this.coverage = List.copyOf(maps);
    }

    /** The built-in faces only. */
    public static PdfFonts builtIn() {
        return new PdfFonts(List.of());
    }

    /**
     * The built-in faces and every {@code .ttf} and {@code .ttc} file in {@code folder}, in name order.
     *
     * @throws UnusableFont when a file of the folder is not a TrueType font the PDFs can use
     * @throws IOException   when the folder or one of its files cannot be read
     */
    public static PdfFonts withFolder(Path folder) throws IOException {
        List<OwnFont> faces = new ArrayList<>();
        for (Path file : fontFiles(folder)) {
            byte[] bytes = Files.readAllBytes(file);
            try {
                faces.add(new OwnFont(file, familyOf(file, bytes), cmaps(file, bytes)));
            } catch (IOException | RuntimeException e) {
                throw new UnusableFont(file, e);
            }
        }
        return new PdfFonts(List.copyOf(faces));
    }

    /** The font files of a folder, sorted by name so that the fallback order does not depend on the disk. */
    public static List<Path> fontFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> {
                        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                        return name.endsWith(".ttf") || name.endsWith(".ttc");
                    })
                    .sorted()
                    .toList();
        }
    }

    /**
     * The folder's font files with a digest of each, for the build's fingerprint, so that a changed font
     * makes the PDFs again; {@code "none"} without a folder.
     */
    public static String describe(Path folder) {
        if (folder == null) {
            return "none";
        }
        try {
            StringBuilder out = new StringBuilder("fonts:");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : fontFiles(folder)) {
                out.append(' ').append(file.getFileName()).append('=')
                        .append(HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file))), 0, 16);
            }
            return out.toString();
        } catch (IOException | NoSuchAlgorithmException e) {
            return folder + " unreadable";
        }
    }

    /** Whether some font, built-in or the organisation's, draws {@code codePoint}. */
    public boolean covers(int codePoint) {
        for (CmapLookup cmap : coverage) {
            if (cmap.getGlyphId(codePoint) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Gives the renderer every face: built-in ones by family, the organisation's by family and as fallbacks. */
    void register(PdfRendererBuilder builder) {
        for (Face face : BuiltIn.FACES) {
            builder.useFont(face::open, face.family(), face.weight(), face.style(), true,
                    EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_PRE));
        }
        for (OwnFont font : own) {
            builder.useFont(font.file().toFile(), font.family(), 400, FontStyle.NORMAL, true,
                    EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_FINAL));
        }
    }

    private static Face builtIn(String family, String file, int weight, FontStyle style) {
        String resource = "/liberation/" + file;
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the font " + resource + " is missing from the plugin's class path");
            }
            byte[] bytes = in.readAllBytes();
            return new Face(family, bytes, weight, style, cmaps(Path.of(file), bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in font " + resource, e);
        }
    }

    private static boolean isCollection(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc");
    }

    private static String familyOf(Path file, byte[] bytes) throws IOException {
        List<String> names = new ArrayList<>();
        read(file, bytes, font -> names.add(font.getNaming() == null || font.getNaming().getFontFamily() == null
                ? file.getFileName().toString() : font.getNaming().getFontFamily()));
        return names.isEmpty() ? file.getFileName().toString() : names.get(0);
    }

    private static List<CmapLookup> cmaps(Path file, byte[] bytes) throws IOException {
        List<CmapLookup> maps = new ArrayList<>();
        read(file, bytes, font -> {
            CmapLookup cmap = font.getUnicodeCmapLookup(false);
            if (cmap != null) {
                maps.add(cmap);
            }
        });
        return List.copyOf(maps);
    }

    private interface FontVisitor {
        void visit(TrueTypeFont font) throws IOException;
    }

    /** Visits the font of a {@code .ttf} file or each font of a {@code .ttc} collection. */
    private static void read(Path file, byte[] bytes, FontVisitor visitor) throws IOException {
        if (isCollection(file)) {
            TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(bytes));
            collection.processAllFonts(visitor::visit);
        } else {
            visitor.visit(new TTFParser().parse(new RandomAccessReadBuffer(bytes)));
        }
    }

    /** A file of the organisation's font folder that is not a TrueType font the PDFs can use. */
    public static final class UnusableFont extends IOException {
        private final transient Path file;

        UnusableFont(Path file, Exception cause) {
            super(file + " is not a usable TrueType font", cause);
            this.file = file;
        }

        public Path file() {
            return file;
        }
    }

    /** A built-in face, held in memory: the renderer reads it once for each PDF. */
    private record Face(String family, byte[] bytes, int weight, FontStyle style, List<CmapLookup> cmaps) {

        InputStream open() {
            return new ByteArrayInputStream(bytes);
        }
    }

    /** A font of the organisation's folder; the renderer reads collections ({@code .ttc}) by file name. */
    private record OwnFont(Path file, String family, List<CmapLookup> cmaps) {
    }
}
