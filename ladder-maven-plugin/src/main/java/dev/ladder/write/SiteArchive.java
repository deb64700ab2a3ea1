package dev.ladder.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Packs a site into a zip for deployment to a repository manager. Entries are sorted and carry
 * one fixed time, so the same site always gives the same bytes.
 */
public final class SiteArchive {

    private SiteArchive() {
    }

    /** @param time the time stamped on every entry, usually {@code project.build.outputTimestamp} */
    public static void zip(Path site, Path archive, Instant time) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().equals(OutputGuard.MARKER))
                    .sorted()
                    .toList();
        }
        Files.createDirectories(archive.toAbsolutePath().getParent());
        FileTime stamp = FileTime.from(time);
        try (OutputStream out = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Path file : files) {
                ZipEntry entry = new ZipEntry(site.relativize(file).toString().replace('\\', '/'));
                entry.setLastModifiedTime(stamp);
                zip.putNextEntry(entry);
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
    }
}
