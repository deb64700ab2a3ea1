package dev.ladder.partial;

import dev.ladder.model.Ladder;
import dev.ladder.model.Track;
import dev.ladder.render.SitePlan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the files of a site were last rendered from: the ladder, and each page's {@link PageInputs}. Holds no
 * track of that build, so the renderer's worked-out comparisons go with the build (see {@link PageInputs}).
 */
public final class RenderedPlan {

    private final Ladder ladder;
    private final Map<String, PageInputs> pages;
    private final List<String> dataFiles;

    private RenderedPlan(Ladder ladder, Map<String, PageInputs> pages, List<String> dataFiles) {
        this.ladder = ladder;
        this.pages = pages;
        this.dataFiles = dataFiles;
    }

    public static RenderedPlan of(Ladder ladder, SitePlan plan) {
        Map<String, PageInputs> pages = new HashMap<>();
        plan.pages().forEach(page -> pages.put(page.path(), PageInputs.of(page)));
        return new RenderedPlan(detached(ladder), pages, plan.dataFiles().stream().map(file -> file.path()).toList());
    }

    /**
     * The site after the {@code affected} pages of a plan with the same files ({@link AffectedPages}) were
     * rendered from {@code after}: every other page's inputs are as they were.
     */
    public RenderedPlan with(Ladder after, SitePlan affected) {
        Map<String, PageInputs> next = new HashMap<>(pages);
        affected.pages().forEach(page -> next.put(page.path(), PageInputs.of(page)));
        return new RenderedPlan(detached(after), next, dataFiles);
    }

    private static Ladder detached(Ladder ladder) {
        List<Track> tracks = ladder.tracks().stream().map(PageInputs::copy).toList();
        return new Ladder(ladder.home(), tracks, ladder.changelog());
    }

    Ladder ladder() {
        return ladder;
    }

    /** The inputs of the page at {@code path}, or {@code null} when there was none. */
    PageInputs page(String path) {
        return pages.get(path);
    }

    /** Whether {@code plan} has the same pages and data files, at the same addresses. */
    boolean sameFiles(SitePlan plan) {
        return plan.pages().size() == pages.size() && plan.pages().stream().allMatch(page -> pages.containsKey(
                page.path())) && plan.dataFiles().stream().map(file -> file.path()).toList().equals(dataFiles);
    }
}
