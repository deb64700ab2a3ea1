package dev.ladder.write;

import dev.ladder.render.SiteOutput;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Some files of a site rendered again over the site already in the output, as the live preview does
 * after a change that affects a few pages: the files are kept in memory until all are rendered, so a
 * build that fails writes nothing, then each whose bytes differ replaces the output's file whole (written
 * beside it and moved over it), and the manifest is updated. Every other file of the output stays as it is.
 */
public final class PatchedSite implements SiteOutput {

    private final Path output;
    private final Map<String, byte[]> rendered = new ConcurrentHashMap<>();
    private final Map<String, Path> streamed = new ConcurrentHashMap<>();

    public PatchedSite(Path output) {
        this.output = output;
    }

    @Override
    public void page(String path, byte[] bytes, int length) {
        rendered.put(path, Arrays.copyOf(bytes, length));
    }

    /**
     * A data file, which may be as large as the ladder (its JSON, its search index): written beside the
     * output's file straight away, to take its place on {@link #publish}, and not compared with it first.
     */
    @Override
    public OutputStream stream(String path) throws IOException {
        Path next = next(output.resolve(path));
        Files.createDirectories(next.getParent());
        streamed.put(path, next);
        return Files.newOutputStream(next);
    }

    /** Deletes the data files written for a build that is not published. */
    public void discard() throws IOException {
        for (Path next : streamed.values()) {
            Files.deleteIfExists(next);
        }
    }

    /**
     * Writes the rendered files that differ from the output's, and the manifest.
     *
     * @param manifest the site's files as the last build recorded them, with the rest of the new manifest
     * @return the site paths written, sorted
     */
    public List<String> publish(SiteManifest manifest, Path content) throws IOException {
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : new TreeMap<>(rendered).entrySet()) {
            Path target = output.resolve(file.getKey());
            if (!same(target, file.getValue())) {
                replace(target, file.getValue());
                written.add(file.getKey());
            }
        }
        for (Map.Entry<String, Path> file : new TreeMap<>(streamed).entrySet()) {
            Files.move(file.getValue(), output.resolve(file.getKey()), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            written.add(file.getKey());
        }
        written.sort(null);
        SiteManifest updated = new SiteManifest(manifest.inputs(), manifest.tracks(), manifest.levels(),
                manifest.pages(), files(manifest.files()), manifest.warnings());
        replace(output.resolve(OutputGuard.MARKER), updated.text(content).getBytes(StandardCharsets.UTF_8));
        return written;
    }

    /** The site's files with their sizes once the rendered ones are written over {@code before}. */
    public Map<String, Long> files(Map<String, Long> before) throws IOException {
        Map<String, Long> files = new TreeMap<>(before);
        rendered.forEach((path, bytes) -> files.put(path, (long) bytes.length));
        for (String path : streamed.keySet()) {
            files.put(path, Files.size(output.resolve(path)));
        }
        return files;
    }

    private static boolean same(Path file, byte[] bytes) throws IOException {
        try {
            return Files.size(file) == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes);
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /** Where a file's next version is written, beside it and hidden, before it takes the file's place. */
    private static Path next(Path file) {
        return file.resolveSibling("." + file.getFileName() + ".next");
    }

    /** Replaces a file whole, so that a reader sees the old bytes or the new, never part of them. */
    private static void replace(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Path next = next(file);
        Files.write(next, bytes);
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
