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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A site written over the previous build's output, touching only the files whose bytes change.
 *
 * <p>Every file is rendered as before, but one whose bytes equal the file already in the output is
 * left alone; only new and changed files are written, into a staging folder beside the output.
 * Nothing in the output changes until {@link #publish}: a failed build leaves it as it was. Then
 * staged files move into place, files the site no longer has are removed, and the marker with the
 * new {@link SiteManifest} is written last. Should a move fail, the moves already made are undone.
 *
 * <p>An output without a manifest (a first build, or one by an earlier version) is written whole
 * into the staging folder, which then takes the output's place, as {@link StagedSite} does.
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
     * Makes the output the new site: moves changed files into place, removes files the site no
     * longer has and writes {@code manifest} into the marker. Writes nothing at all when no file
     * changed and the marker already says the same.
     */
    public void publish(SiteManifest manifest, Path content) throws IOException {
        byte[] marker = manifest.text(content).getBytes(StandardCharsets.UTF_8);
        Files.write(staging.root().resolve(OutputGuard.MARKER), marker);
        if (whole) {
            staging.publish();
            return;
        }
        Set<String> removed = new TreeSet<>(existing.files().keySet());
        removed.removeAll(files.keySet());
        if (changed.isEmpty() && removed.isEmpty() && existing.match(manifest) && sameMarker(marker)) {
            return;
        }
        new Swap(output, staging.root()).apply(new TreeSet<>(changed), removed);
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

    /**
     * Moves staged files into the output one by one, keeping each file it replaces or removes in a
     * backup folder beside the output until all moves are done, so that a failure can put every one back.
     */
    private static final class Swap {

        private final Path output;
        private final Path staged;
        private final Path backup;
        private final List<String> movedIn = new ArrayList<>();
        private final List<String> backedUp = new ArrayList<>();

        Swap(Path output, Path staged) {
            this.output = output;
            this.staged = staged;
            this.backup = OutputGuard.backup(output);
        }

        void apply(Set<String> changed, Set<String> removed) throws IOException {
            Folders.deleteTree(backup);
            Files.createDirectories(backup);
            Files.writeString(backup.resolve(OutputGuard.OWNED), "Files Ladder is replacing; put back should a build stop.\n");
            try {
                for (String path : removed) {
                    backUp(path);
                }
                for (String path : changed) {
                    moveIn(path);
                }
                moveIn(OutputGuard.MARKER);
            } catch (IOException | RuntimeException e) {
                undo(e);
                throw e;
            }
            for (String path : removed) {
                deleteEmptyFolders(output.resolve(path).getParent());
            }
            Folders.deleteTree(backup);
        }

        private void moveIn(String path) throws IOException {
            backUp(path);
            Path target = output.resolve(path);
            Files.createDirectories(target.getParent());
            Files.move(staged.resolve(path), target, StandardCopyOption.ATOMIC_MOVE);
            movedIn.add(path);
        }

        private void backUp(String path) throws IOException {
            Path target = output.resolve(path);
            if (Files.exists(target)) {
                Path saved = backup.resolve(path);
                Files.createDirectories(saved.getParent());
                Files.move(target, saved, StandardCopyOption.ATOMIC_MOVE);
                backedUp.add(path);
            }
        }

        private void undo(Exception cause) {
            try {
                for (int i = movedIn.size() - 1; i >= 0; i--) {
                    Files.deleteIfExists(output.resolve(movedIn.get(i)));
                }
                for (int i = backedUp.size() - 1; i >= 0; i--) {
                    Path target = output.resolve(backedUp.get(i));
                    Files.createDirectories(target.getParent());
                    Files.move(backup.resolve(backedUp.get(i)), target, StandardCopyOption.ATOMIC_MOVE);
                }
                for (String path : movedIn) {
                    deleteEmptyFolders(output.resolve(path).getParent());
                }
                Folders.deleteTree(backup);
            } catch (IOException e) {
                cause.addSuppressed(e);
            }
        }

        private void deleteEmptyFolders(Path folder) throws IOException {
            while (folder != null && !folder.equals(output) && folder.startsWith(output) && Files.isDirectory(folder)) {
                try (var entries = Files.list(folder)) {
                    if (entries.findAny().isPresent()) {
                        return;
                    }
                }
                Files.delete(folder);
                folder = folder.getParent();
            }
        }
    }
}
