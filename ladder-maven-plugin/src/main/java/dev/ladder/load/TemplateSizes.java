package dev.ladder.load;

import dev.ladder.problem.Problems;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Refuses template files too large to be templates before FreeMarker reads one whole into memory
 * (a 3 GB file named {@code level.ftlh} would end the build with no word about the cause). Static
 * files are copied as streams, whatever their size, so only templates are checked.
 */
public final class TemplateSizes {

    /** The largest template; the same limit as for a content page. */
    static final long MAX_BYTES = SourceReader.MAX_BYTES;

    private TemplateSizes() {
    }

    public static void check(Path templates, Problems problems) {
        if (templates == null || !Files.isDirectory(templates)) {
            return;
        }
        try {
            Files.walkFileTree(templates, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String name = file.getFileName().toString();
                    if (attributes.size() > MAX_BYTES && (name.endsWith(".ftlh") || name.endsWith(".ftlx")
                            || name.endsWith(".ftl"))) {
                        problems.error(file, 0, "is too large to be a template (" + attributes.size() / (1024 * 1024)
                                + " MB; the limit is " + MAX_BYTES / (1024 * 1024) + " MB)");
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // FolderLinks reports a templates folder that cannot be listed.
        }
    }
}
