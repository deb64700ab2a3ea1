package dev.ladder.read;

import dev.ladder.markdown.ImageReference;
import dev.ladder.problem.Problems;

import java.nio.file.Path;

/**
 * Warns of images loaded from another host. The site promises to load nothing from elsewhere: it
 * works on a closed network, and no outside server learns who reads which page. An image at a web
 * address breaks both. A warning, as the page still reads well without it; with failOnWarning, an error.
 */
final class ExternalImages {

    private ExternalImages() {
    }

    static void warn(Path file, ImageReference image, Problems found) {
        found.warning(file, image.line(), image.column(), "image '" + image.destination().strip() + "' is loaded "
                + "from another host whenever the page is read, but the site loads nothing from elsewhere; put a "
                + "copy beside the page and show that instead");
    }
}
