package dev.ladder.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches source folders with the JDK's {@link WatchService} and reports changed files once they have
 * been quiet for a moment, so that an editor's burst of writes (a temporary file, a rename, a second
 * save) gives one call. New, changed, renamed and deleted files and folders all count; a new folder is
 * watched with everything in it. A folder that does not exist yet is picked up when it is created.
 *
 * <p>Calls {@code onChange} on its own thread, one call at a time: changes made during a call are
 * reported in the next.
 */
final class SourceWatcher implements AutoCloseable {

    private static final WatchEvent.Kind<?>[] KINDS = {StandardWatchEventKinds.ENTRY_CREATE,
            StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY};

    private final WatchService service;
    private final List<Path> roots;
    private final Duration quiet;
    private final Consumer<Set<Path>> onChange;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Thread thread;

    private SourceWatcher(List<Path> roots, Duration quiet, Consumer<Set<Path>> onChange) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.roots = List.copyOf(roots);
        this.quiet = quiet;
        this.onChange = onChange;
        this.thread = new Thread(this::run, "ladder-serve-watch");
        this.thread.setDaemon(true);
    }

    /** Starts watching {@code roots} (folders or single files, existing or not). */
    static SourceWatcher start(List<Path> roots, Duration quiet, Consumer<Set<Path>> onChange) throws IOException {
        SourceWatcher watcher = new SourceWatcher(roots, quiet, onChange);
        try {
            watcher.registerAll(new TreeSet<>());
        } catch (IOException e) {
            watcher.service.close();
            throw e;
        }
        watcher.thread.start();
        return watcher;
    }

    private void registerAll(Set<Path> found) throws IOException {
        for (Path root : roots) {
            // The parent tells when the root itself is created, deleted or renamed.
            if (root.getParent() != null && Files.isDirectory(root.getParent())) {
                register(root.getParent());
            }
            registerTree(root, found);
        }
    }

    private void register(Path folder) throws IOException {
        folders.put(folder.register(service, KINDS), folder);
    }

    /** Watches {@code folder} and every folder in it, adding the files found to {@code found}. */
    private void registerTree(Path folder, Set<Path> found) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                register(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                found.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // A file deleted while the folder is read: its deletion is an event of its own.
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void run() {
        try {
            while (true) {
                Set<Path> changed = new TreeSet<>();
                collect(service.take(), changed);
                WatchKey next;
                while ((next = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    collect(next, changed);
                }
                if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // close() ends the watch.
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                // Events were lost: watch everything again and count the whole of it as changed.
                changed.addAll(roots);
                reregister(changed);
                continue;
            }
            if (folder == null) {
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (!watched(path) || ignored(path)) {
                continue;
            }
            changed.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                try {
                    registerTree(path, changed);
                } catch (IOException e) {
                    // Deleted again before it could be watched: nothing in it to build.
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    private void reregister(Set<Path> changed) {
        try {
            registerAll(changed);
        } catch (IOException e) {
            // A root that cannot be read now is reported by the build.
        }
    }

    /** Whether {@code path} is one of the roots or inside one; the roots' parents hold other files too. */
    private boolean watched(Path path) {
        return roots.stream().anyMatch(path::startsWith);
    }

    /** Editors' swap, backup, lock and safe-write files (vim, Emacs, JetBrains), which no build reads. */
    static boolean ignored(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.endsWith(".tmp") || name.equals("4913") || name.endsWith("___jb_tmp___")
                || name.endsWith("___jb_old___") || (name.startsWith("#") && name.endsWith("#"));
    }

    /** Stops watching and waits for a build in progress to finish. */
    @Override
    public void close() throws IOException {
        service.close();
        if (Thread.currentThread() != thread) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
