package dev.ladder.serve;

import dev.ladder.BuildOptions;
import dev.ladder.write.Folders;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code ladder:serve}: builds the ladder into a private folder, serves it, and rebuilds on every save of
 * the content or the templates; open pages reload themselves when a build changes them, and show the
 * build's problems over the last good site. The project's own output folder is never written.
 *
 * <p>{@link #close} stops everything it started: the watch, the server and its threads, and deletes the
 * private folder.
 */
public final class LivePreview implements AutoCloseable {

    private final Path folder;
    private final SiteBuilds builds;
    private final PreviewServer server;
    private final ServeLog log;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Thread stopOnShutdown;
    private SourceWatcher watcher;

    private LivePreview(Path folder, SiteBuilds builds, PreviewServer server, ServeLog log) {
        this.folder = folder;
        this.builds = builds;
        this.server = server;
        this.log = log;
        this.stopOnShutdown = new Thread(() -> {
            close();
            log.info("Ladder: preview stopped");
        }, "ladder-serve-stop");
    }

    /**
     * Listens, builds once, and starts watching; returns once the site is served (or the problems that
     * keep it from building are). From before the first build, Ctrl-C (or a kill) stops everything before
     * the JVM exits, as {@link #close} does: during a build, once the build has finished.
     *
     * @throws ServeException when the address cannot be listened on, such as a port in use, or when the
     *                        preview was stopped before its first build finished
     */
    public static LivePreview start(ServeOptions options, ServeLog log) throws ServeException {
        Path folder;
        try {
            folder = Files.createTempDirectory("ladder-serve-");
        } catch (IOException e) {
            throw new ServeException("cannot make a folder for the preview in " + System.getProperty("java.io.tmpdir")
                    + " (" + e.getMessage() + "); set java.io.tmpdir to a folder you may write to");
        }
        SiteBuilds builds = new SiteBuilds(options.build().withOutput(folder.resolve("site")), log);
        PreviewServer server;
        try {
            server = PreviewServer.bind(options, builds);
        } catch (ServeException e) {
            deleteQuietly(folder);
            throw e;
        }
        LivePreview preview = new LivePreview(folder, builds, server, log);
        Runtime.getRuntime().addShutdownHook(preview.stopOnShutdown);
        if (!options.loopbackOnly()) {
            log.warn("Ladder: listening on " + options.host() + ", not only on this computer: anyone who can "
                    + "reach it on the network can read the ladder, drafts included");
        }
        try {
            preview.watcher = SourceWatcher.start(watched(options.build()), options.quiet(), preview::rebuild);
        } catch (IOException e) {
            preview.close();
            throw new ServeException("cannot watch " + options.build().content() + " for changes (" + e.getMessage()
                    + "); on Linux, raise the limit fs.inotify.max_user_watches");
        }
        try {
            server.publish(builds.run(Set.of()));
            synchronized (preview.closed) {
                if (preview.closed.get()) {
                    throw new ServeException("stopped before the first build finished");
                }
                server.start();
            }
        } catch (RuntimeException e) {
            preview.close();
            throw e;
        }
        log.info("Ladder: serving " + preview.address() + " (rebuilds on every save; Ctrl-C stops)");
        return preview;
    }

    /** The content folder (with its {@code CHANGELOG.md}) and the templates, when there are any. */
    static List<Path> watched(BuildOptions options) {
        List<Path> roots = new ArrayList<>(List.of(options.content()));
        if (options.templates() != null) {
            roots.add(options.templates());
        }
        return roots;
    }

    private void rebuild(Set<Path> changes) {
        if (closed.get()) {
            return;
        }
        try {
            server.publish(builds.run(changes));
        } catch (RuntimeException e) {
            // A fault of Ladder itself, not of the content: say so, and keep watching for the next save.
            log.error("Ladder: the rebuild failed unexpectedly (" + e + "); please report this as a bug of Ladder");
        }
    }

    /** The address of the site's home page, such as {@code http://127.0.0.1:1313/}. */
    public URI address() {
        return server.address();
    }

    /** The private folder the site is built into; deleted by {@link #close}. */
    public Path folder() {
        return folder;
    }

    /** The last finished build. */
    public BuildEvent latest() {
        return builds.latest();
    }

    /** Waits until {@link #close} has stopped everything: {@code ladder:serve} waits so until Ctrl-C. */
    public void awaitClose() throws InterruptedException {
        stopped.await();
    }

    /**
     * Stops watching and serving, waits for a build in progress (the first one included) to finish, and
     * deletes the private folder; no build runs after it.
     */
    @Override
    public void close() {
        synchronized (closed) {
            if (!closed.compareAndSet(false, true)) {
                return;
            }
        }
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException e) {
            log.warn("Ladder: could not stop watching the sources (" + e.getMessage() + ")");
        }
        server.close();
        builds.stop();
        deleteQuietly(folder);
        if (Thread.currentThread() != stopOnShutdown) {
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnShutdown);
            } catch (IllegalStateException e) {
                // The JVM is stopping already, and runs the hook, which finds the preview closed.
            }
        }
        stopped.countDown();
    }

    private static void deleteQuietly(Path folder) {
        try {
            Folders.deleteTree(folder);
        } catch (IOException e) {
            // Left in the temporary folder, which the system empties in time.
        }
    }
}
