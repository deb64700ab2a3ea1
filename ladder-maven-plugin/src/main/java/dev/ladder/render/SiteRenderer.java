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
import java.util.List;
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
        // The data files are the longest jobs, so they start first and the pages fill in around them.
        List<Object> jobs = new ArrayList<>();
        if (dataFiles) {
            jobs.addAll(plan.dataFiles());
        }
        jobs.addAll(plan.pages());
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
        return results.stream().flatMap(Optional::stream).toList();
    }

    private Optional<TemplateFailure> page(Page page, SiteOutput out) throws IOException {
        Utf8Buffer buffer = buffers.get();
        buffer.reset();
        Optional<TemplateFailure> failure = renderer.render(page, buffer);
        buffer.finish();
        if (failure.isEmpty()) {
            links.scan(folder + page.path(), new String(buffer.bytes(), 0, buffer.length(), StandardCharsets.UTF_8));
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
