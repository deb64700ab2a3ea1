package dev.ladder.serve;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The files of the preview's site folder as a build left them, to tell which files the next build changed.
 *
 * <p>A build writes a changed file into a staging folder and moves it into place, and leaves an unchanged
 * one alone; so a file whose identity (the file system's key), size or modification time differs is one
 * the build wrote. Only attributes are read, never contents.
 */
final class OutputSnapshot {

    static final OutputSnapshot EMPTY = new OutputSnapshot(Map.of());

    private record Stamp(Object key, long size, long modified) {
    }

    private final Map<String, Stamp> files;

    private OutputSnapshot(Map<String, Stamp> files) {
        this.files = files;
    }

    /** The files under {@code root} by site path (forward slashes); empty when there is no site yet. */
    static OutputSnapshot of(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return EMPTY;
        }
        Map<String, Stamp> files = new HashMap<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                String path = root.relativize(file).toString().replace('\\', '/');
                if (!path.startsWith(".")) {
                    files.put(path, new Stamp(attributes.fileKey(), attributes.size(),
                            attributes.lastModifiedTime().toMillis()));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return new OutputSnapshot(files);
    }

    /** This snapshot with the files at {@code paths} under {@code root} as they are now. */
    OutputSnapshot with(Path root, List<String> paths) throws IOException {
        Map<String, Stamp> updated = new HashMap<>(files);
        for (String path : paths) {
            Path file = root.resolve(path);
            if (Files.exists(file)) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                updated.put(path, new Stamp(attributes.fileKey(), attributes.size(),
                        attributes.lastModifiedTime().toMillis()));
            } else {
                updated.remove(path);
            }
        }
        return new OutputSnapshot(updated);
    }

    /** The site paths added, changed or removed since {@code before}, sorted. */
    List<String> changedSince(OutputSnapshot before) {
        List<String> changed = new ArrayList<>();
        files.forEach((path, stamp) -> {
            if (!Objects.equals(before.files.get(path), stamp)) {
                changed.add(path);
            }
        });
        before.files.keySet().stream().filter(path -> !files.containsKey(path)).forEach(changed::add);
        changed.sort(null);
        return changed;
    }

    /** Whether there is no site: no build has succeeded yet. */
    boolean isEmpty() {
        return files.isEmpty();
    }

    /** How many of {@code changed} are no longer in this snapshot. */
    long removed(List<String> changed) {
        return changed.stream().filter(path -> !files.containsKey(path)).count();
    }
}
