package dev.ladder.write;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The files an output folder holds now, with their sizes and times, read in one walk. Tells whether
 * the folder is still exactly what its manifest says was written.
 *
 * @param markerTime when the marker was last written, or {@code null} when there is none
 */
record OutputFiles(Map<String, BasicFileAttributes> files, FileTime markerTime) {

    static final OutputFiles NONE = new OutputFiles(Map.of(), null);

    static OutputFiles scan(Path output) throws IOException {
        if (!Files.isDirectory(output)) {
            return NONE;
        }
        Map<String, BasicFileAttributes> files = new HashMap<>();
        Files.walkFileTree(output, new SimpleFileVisitor<>() {
            // The site path of the folder being walked, kept as the walk goes rather than worked out per file.
            private final Deque<String> folders = new ArrayDeque<>();

            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                folders.push(folders.isEmpty() ? "" : folders.peek() + dir.getFileName() + "/");
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                folders.pop();
                if (e != null) {
                    throw e;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                files.put(folders.peek() + file.getFileName(), attributes);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
        BasicFileAttributes marker = files.remove(OutputGuard.MARKER);
        return new OutputFiles(files, marker == null ? null : marker.lastModifiedTime());
    }

    /**
     * Whether the folder holds exactly the manifest's files, each of its recorded size and none
     * changed since the marker was written (every build writes the marker after its files).
     */
    boolean match(SiteManifest manifest) {
        if (markerTime == null || files.size() != manifest.files().size()) {
            return false;
        }
        for (Map.Entry<String, Long> expected : manifest.files().entrySet()) {
            BasicFileAttributes actual = files.get(expected.getKey());
            if (actual == null || !actual.isRegularFile() || actual.size() != expected.getValue()
                    || actual.lastModifiedTime().compareTo(markerTime) > 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code path} is a file of the folder of exactly {@code size} bytes, unchanged since the last build. */
    boolean asRecorded(String path, long size) {
        BasicFileAttributes actual = files.get(path);
        return has(path, size) && markerTime != null && actual.lastModifiedTime().compareTo(markerTime) <= 0;
    }

    /** Whether {@code path} is a file of the folder of exactly {@code size} bytes, as a candidate for "unchanged". */
    boolean has(String path, long size) {
        BasicFileAttributes actual = files.get(path);
        return actual != null && actual.isRegularFile() && actual.size() == size;
    }
}
