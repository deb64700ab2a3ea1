package dev.ladder.write;

import dev.ladder.load.ContentFiles;
import dev.ladder.problem.Problems;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Publishes the content's images next to the pages that show them, at their place in the content folder. */
public final class PageImages {

    private PageImages() {
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
