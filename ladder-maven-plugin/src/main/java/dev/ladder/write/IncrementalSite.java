package dev.ladder.write;

import dev.ladder.render.SiteOutput;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A site written over the previous build's output, touching only the files whose bytes change.
 *
 * <p>Every file is rendered as before, but one whose bytes equal the file already in the output is
 * not written again; only new and changed files are written, into a staging folder beside the
 * output. Nothing in the output changes until {@link #publish}: a failed build leaves it as it was.
 * Then the unchanged files join the staging folder as hard links, with their dates, and the staging
 * folder takes the output's place whole, so a reader never sees some pages old and others new.
 *
 * <p>An output without a manifest (a first build, or one by an earlier version) is written whole
 * into the staging folder in the same way.
 */
public final class IncrementalSite implements SiteOutput, AutoCloseable {

    private final Path output;
    private final StagedSite staging;
    private final OutputFiles existing;
    private final boolean whole;
    private final Set<String> kept;
    private final Map<String, Long> files = new ConcurrentHashMap<>();
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();

    private IncrementalSite(Path output, StagedSite staging, OutputFiles existing, boolean whole, Set<String> kept) {
        this.output = output;
        this.staging = staging;
        this.existing = existing;
        this.whole = whole;
        this.kept = kept;
    }

    /**
     * @param previous the output as found; without a manifest it is replaced whole
     * @param kept     files to stage even when unchanged, because a later step reads them from {@link #root}
     */
    public static IncrementalSite begin(Path output, SiteState previous, Set<String> kept) throws IOException {
        StagedSite staging = StagedSite.begin(output);
        boolean whole = previous.manifest() == null;
        return new IncrementalSite(staging.output(), staging, whole ? OutputFiles.NONE : previous.files(), whole,
                kept);
    }

    @Override
    public void page(String path, byte[] bytes, int length) throws IOException {
        files.put(path, (long) length);
        boolean same = !whole && existing.has(path, length) && sameBytes(path, bytes, length);
        if (!same) {
            changed.add(path);
        }
        if (!same || kept.contains(path)) {
            try (OutputStream out = Files.newOutputStream(stagedFile(path))) {
                out.write(bytes, 0, length);
            }
        }
    }

    @Override
    public OutputStream stream(String path) throws IOException {
        Path file = stagedFile(path);
        return new FilterOutputStream(Files.newOutputStream(file)) {
            private boolean closed;

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                if (!closed) {
                    closed = true;
                    super.close();
                    staged(path);
                }
            }
        };
    }

    /** Copies a static file into the site. */
    public void copy(String path, InputStream in) throws IOException {
        try (in) {
            Files.copy(in, stagedFile(path), StandardCopyOption.REPLACE_EXISTING);
        }
        staged(path);
    }

    /** Takes in a file a later step has written into {@link #root} itself, such as a PDF. */
    public void staged(String path) throws IOException {
        Path file = staging.root().resolve(path);
        long size = Files.size(file);
        files.put(path, size);
        if (!whole && existing.has(path, size) && Files.mismatch(file, output.resolve(path)) < 0) {
            if (!kept.contains(path)) {
                Files.delete(file);
            }
        } else {
            changed.add(path);
        }
    }

    /**
     * Takes files of the output into the new site as they are, unrendered: a part of the site whose inputs
     * have not changed, found by {@link SiteState#reusable}.
     */
    public void reuse(Map<String, Long> unchanged) {
        files.putAll(unchanged);
    }

    /** The staging folder, for steps that read files of the site being made. */
    public Path root() {
        return staging.root();
    }

    /** Whether the file at {@code path} is new or differs from the one in the output. */
    public boolean changed(String path) {
        return changed.contains(path);
    }

    /** Every file of the new site with its size, so far. */
    public Map<String, Long> files() {
        return Map.copyOf(files);
    }

    /**
     * Makes the output the new site: the files no build step wrote into the staging folder, being
     * unchanged, join it as hard links to the output's own (or copies, where links are not possible),
     * so that the staging folder is the whole new site; it then takes the output's place, as in
     * {@link StagedSite#publish}. Writes nothing at all when no file changed and the marker already
     * says the same.
     */
    public void publish(SiteManifest manifest, Path content) throws IOException {
        byte[] marker = manifest.text(content).getBytes(StandardCharsets.UTF_8);
        Files.write(staging.root().resolve(OutputGuard.MARKER), marker);
        if (!whole) {
            Set<String> removed = new TreeSet<>(existing.files().keySet());
            removed.removeAll(files.keySet());
            if (changed.isEmpty() && removed.isEmpty() && existing.match(manifest) && sameMarker(marker)) {
                return;
            }
            for (String path : new TreeSet<>(files.keySet())) {
                if (!changed.contains(path)) {
                    // A file staged only for a later step (a page a PDF is made from) gives way to the
                    // output's own, so an unchanged file keeps its date.
                    Files.deleteIfExists(staging.stagedPath(path));
                    keep(output.resolve(path), stagedFile(path));
                }
            }
        }
        BuildSteps.at(BuildSteps.STAGED);
        staging.publish();
    }

    /** An unchanged file into the new site: the same file under a second name, keeping its date. */
    private static void keep(Path existing, Path staged) throws IOException {
        try {
            Files.createLink(staged, existing);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(existing, staged, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    private boolean sameBytes(String path, byte[] bytes, int length) throws IOException {
        byte[] old = Files.readAllBytes(output.resolve(path));
        return Arrays.equals(old, 0, old.length, bytes, 0, length);
    }

    private boolean sameMarker(byte[] marker) {
        try {
            return Arrays.equals(Files.readAllBytes(output.resolve(OutputGuard.MARKER)), marker);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Where to stage the file at {@code path}, its folder made. Each folder is made once: a thread that
     * needs a folder another is making waits until it exists.
     */
    private Path stagedFile(String path) throws IOException {
        Path file = staging.stagedPath(path);
        try {
            folders.computeIfAbsent(file.getParent(), folder -> {
                try {
                    Files.createDirectories(folder);
                    return Boolean.TRUE;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return file;
    }

    @Override
    public void close() throws IOException {
        staging.close();
    }
}
