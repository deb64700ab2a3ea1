package dev.ladder.serve;

import dev.ladder.BuildOptions;
import dev.ladder.BuildResult;
import dev.ladder.PreviewSite;
import dev.ladder.problem.Problem;
import dev.ladder.problem.ProblemReport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Builds the site into the preview's private folder with the engine {@code ladder:build} uses, one build
 * at a time, and tells what each build changed. A build that finds errors leaves the folder as it was, so
 * the last good site stays served.
 *
 * <p>A build holds the write lock and requests wait a moment for the read lock, so that while a short
 * build moves files into place no page is read, and a page is served with the number of the build its
 * bytes come from.
 */
final class SiteBuilds {

    /** More changed files than this are not listed to the pages, which then all reload. */
    static final int MAX_LISTED = 2_000;
    /** How long a request waits for a build in progress. */
    private static final long READ_WAIT_MILLIS = 500;

    private final BuildOptions options;
    private final PreviewSite site;
    private final ServeLog log;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private OutputSnapshot snapshot = OutputSnapshot.EMPTY;
    private volatile BuildEvent latest = new BuildEvent(0, List.of(), false, ProblemsView.NONE);
    /** Set once the preview stops, guarded by the write lock: no build writes the folder after. */
    private boolean stopped;

    /** @param options the build, its output the private folder */
    SiteBuilds(BuildOptions options, ServeLog log) {
        this.options = options;
        this.site = new PreviewSite(options);
        this.log = log;
    }

    /** The folder the site is built into. */
    Path site() {
        return options.output();
    }

    /** The last finished build; number 0 before the first. */
    BuildEvent latest() {
        return latest;
    }

    /** Something that reads the site folder. */
    interface Reading {
        void run() throws IOException;
    }

    /**
     * Reads the site, waiting a moment for a build in progress so that the files and {@link #latest} agree.
     * A long build (a large ladder) is not waited for: a page read meanwhile may be older or newer than the
     * build number it is served with, or briefly missing, and the next build event reloads it.
     */
    void read(Reading reading) throws IOException {
        Lock read = lock.readLock();
        boolean locked;
        try {
            locked = read.tryLock(READ_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            locked = false;
        }
        try {
            reading.run();
        } finally {
            if (locked) {
                read.unlock();
            }
        }
    }

    /**
     * Builds, and logs the problems and what changed.
     *
     * @param causes the source files whose change asked for this build; empty for the first
     */
    BuildEvent run(Set<Path> causes) {
        BuildResult result;
        BuildEvent event;
        Lock write = lock.writeLock();
        write.lock();
        try {
            if (stopped) {
                return latest;
            }
            PreviewSite.Build build = site.build(causes);
            result = build.result();
            List<String> changed;
            OutputSnapshot after;
            boolean everything = false;
            try {
                // A partial build knows what it wrote; after a whole one, the folder tells.
                after = build.written().isPresent() ? snapshot.with(options.output(), build.written().get())
                        : OutputSnapshot.of(options.output());
                changed = after.changedSince(snapshot);
            } catch (IOException e) {
                // The folder could not be listed: every page reloads rather than one showing stale text.
                after = OutputSnapshot.EMPTY;
                changed = List.of();
                everything = true;
                log.warn("Ladder: could not list the preview's files (" + e.getMessage() + "); every page reloads");
            }
            long removed = after.removed(changed);
            long count = changed.size();
            snapshot = after;
            if (changed.size() > MAX_LISTED) {
                // A change to every page, such as a template's: each open page reloads, unnamed.
                changed = List.of();
                everything = true;
            }
            event = new BuildEvent(latest.number() + 1, changed, everything,
                    ProblemsView.of(result.problems(), options.projectDirectory(), !result.written()));
            latest = event;
            report(build, causes, count - removed, removed, !after.isEmpty());
        } finally {
            write.unlock();
        }
        return event;
    }

    /** Waits for a build in progress to finish, and lets no other start: the folder can then go. */
    void stop() {
        Lock write = lock.writeLock();
        write.lock();
        try {
            stopped = true;
        } finally {
            write.unlock();
        }
    }

    private void report(PreviewSite.Build build, Set<Path> causes, long changed, long removed, boolean siteServed) {
        BuildResult result = build.result();
        List<String> lines = new ProblemReport(result.problems(), options.projectDirectory()).lines();
        for (int i = 0; i < lines.size(); i++) {
            if (result.problems().get(i).isError()) {
                log.error(lines.get(i));
            } else {
                log.warn(lines.get(i));
            }
        }
        String after = causes.isEmpty() ? "" : " after a change to " + shown(causes);
        if (!result.written()) {
            long errors = result.problems().stream().filter(Problem::isError).count();
            log.error("Ladder: " + errors + " error(s)" + after + "; the preview shows them on every page"
                    + (siteServed ? " over the last site without errors" : " until they are fixed"));
            return;
        }
        // The first build writes everything; after a save, what changed is what reloads.
        log.info(result.summary() + (causes.isEmpty() ? ""
                : after + "; " + build.rendered() + " page(s) rendered" + (build.partial() ? " (those the change "
                + "affects)" : "") + ", " + changed + " file(s) changed, " + removed + " removed"));
    }

    private String shown(Set<Path> causes) {
        Path first = causes.iterator().next();
        Path project = options.projectDirectory();
        String name = (first.startsWith(project) ? project.relativize(first) : first).toString().replace('\\', '/');
        return causes.size() == 1 ? name : name + " and " + (causes.size() - 1) + " more";
    }
}
