package dev.ladder.render;

import dev.ladder.model.Ladder;
import dev.ladder.work.Workers;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders every file of a plan, spread over the build's workers, and hands each to a {@link SiteOutput}
 * as soon as it is done: no more than one page per worker is in memory at a time. Pages do not depend
 * on one another, so the bytes of each are the same whatever the number of workers.
 */
public final class SiteRenderer {

    private final PageRenderer renderer;
    private final Ladder ladder;
    private final SiteLinks links;
    private final String folder;
    private final ThreadLocal<Utf8Buffer> buffers = ThreadLocal.withInitial(Utf8Buffer::new);

    /** @param links follows the links of every page rendered, whether or not it is then written */
    public SiteRenderer(PageRenderer renderer, Ladder ladder, SiteLinks links) {
        this(renderer, ladder, links, "");
    }

    /**
     * @param folder where in the site the plan's files go, such as {@code versions/v1.0/}, or {@code ""}: a
     *               whole site inside another, whose pages lead back to their own root
     */
    public SiteRenderer(PageRenderer renderer, Ladder ladder, SiteLinks links, String folder) {
        this.renderer = renderer;
        this.ladder = ladder;
        this.links = links;
        this.folder = folder;
    }

    public SiteLinks links() {
        return links;
    }

    /**
     * Renders the plan's pages and, when {@code dataFiles} is set, its data files into {@code out}.
     *
     * @return why pages could not be rendered, in the plan's page order
     * @throws IOException when {@code out} cannot take a file
     */
    public List<TemplateFailure> render(SitePlan plan, boolean dataFiles, SiteOutput out, Workers workers)
            throws IOException {
        // The data files are the longest jobs, so they start first and the pages fill in around them. The
        // pages go folder by folder (a track's pages together), so that what a track's pages share, such as
        // its levels' alignments (TrackAlignments), is made once and dropped when the track is done.
        List<Object> jobs = new ArrayList<>();
        if (dataFiles) {
            jobs.addAll(plan.dataFiles());
        }
        List<Page> pages = new ArrayList<>(plan.pages());
        pages.sort(Comparator.comparing(SiteRenderer::folder));
        jobs.addAll(pages);
        List<Optional<TemplateFailure>> results;
        try {
            results = workers.map(jobs, job -> {
                try {
                    return job instanceof Page page ? page(page, out) : data((DataFile) job, out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        // Failures are reported in the plan's page order, whatever order the pages were rendered in.
        Map<Page, Integer> order = new IdentityHashMap<>();
        for (int i = 0; i < plan.pages().size(); i++) {
            order.put(plan.pages().get(i), i);
        }
        List<Optional<TemplateFailure>> byPlan = new ArrayList<>(java.util.Collections.nCopies(
                plan.pages().size(), Optional.<TemplateFailure>empty()));
        for (int i = 0; i < jobs.size(); i++) {
            if (jobs.get(i) instanceof Page page) {
                byPlan.set(order.get(page), results.get(i));
            }
        }
        return byPlan.stream().flatMap(Optional::stream).toList();
    }

    /** The folder of a page's path, {@code ""} for the site root. */
    private static String folder(Page page) {
        return page.path().substring(0, Math.max(0, page.path().lastIndexOf('/')));
    }

    private Optional<TemplateFailure> page(Page page, SiteOutput out) throws IOException {
        Utf8Buffer buffer = buffers.get();
        buffer.reset();
        Optional<TemplateFailure> failure = renderer.render(page, buffer);
        buffer.finish();
        if (failure.isEmpty()) {
            links.scan(folder + page.path(), buffer.bytes(), buffer.length());
            out.page(folder + page.path(), buffer.bytes(), buffer.length());
        }
        return failure;
    }

    private Optional<TemplateFailure> data(DataFile file, SiteOutput out) throws IOException {
        OutputStream stream = out.stream(folder + file.path());
        try (Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16)) {
            file.write(ladder, writer);
        }
        return Optional.empty();
    }
}
