package dev.ladder.write;

import dev.ladder.load.ContentFiles;
import dev.ladder.problem.Problems;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Publishes the content's images next to the pages that show them, at their place in the content folder. */
public final class PageImages {

    private PageImages() {
    }

    /** The images the PDF renderer can draw; it leaves others (SVG, WebP) out. */
    private static final Set<String> IN_PDFS = Set.of("png", "jpg", "jpeg", "gif");

    /** Warns of each image the PDFs will leave out, so that nobody finds out from a printed booklet. */
    public static void warnForPdfs(ContentFiles files, Problems problems) {
        for (Path image : files.resources().values()) {
            String name = image.getFileName().toString();
            if (!IN_PDFS.contains(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT))) {
                problems.warning(image, 0, 0, "is left out of the PDFs, which show png, jpg and gif images only; "
                        + "the pages show it, and so does printing them from the browser");
            }
        }
    }

    /** Each image was checked when it was listed; it is read once more, within the same limit, to copy it. */
    public static void copy(ContentFiles files, IncrementalSite site, Problems problems) throws IOException {
        for (Map.Entry<String, Path> image : files.resources().entrySet()) {
            Optional<byte[]> bytes = files.readResource(image.getValue(), problems);
            if (bytes.isPresent()) {
                site.copy(image.getKey(), new ByteArrayInputStream(bytes.get()));
            }
        }
    }
}
