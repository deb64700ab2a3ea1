package dev.ladder.partial;

import dev.ladder.model.Ladder;
import dev.ladder.render.Page;
import dev.ladder.render.SitePlan;
import dev.ladder.work.Workers;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The pages a change of content affects: of the new plan, those whose inputs ({@link PageInputs}) differ
 * from those the site was last rendered from, and the data files when the ladder differs at all. A change to
 * a level so re-renders the pages of its track (its level pages, overview, matrix, booklet and compare pages,
 * which all show the track) and the indexes that list it (the home page); a page of another track that links
 * to it is not affected, since a link is resolved when the level is read, to an address that did not change.
 *
 * <p>Some changes affect every page, and then there is no selection: a change to the home page (its title
 * and version are on every page), a change of which pages exist (the sitemap, the links of every page), or
 * a change to whether the ladder has a changelog (the footer's link).
 */
public final class AffectedPages {

    private AffectedPages() {
    }

    /**
     * @return the pages and data files of {@code plan} to render over a site rendered as {@code before} says,
     *         or empty when every page is to be rendered
     */
    public static Optional<SitePlan> of(RenderedPlan before, Ladder after, SitePlan plan, Workers workers) {
        Ladder rendered = before.ladder();
        if (!rendered.home().equals(after.home()) || (rendered.changelog() == null) != (after.changelog() == null)
                || !before.sameFiles(plan)) {
            return Optional.empty();
        }
        // Comparing every page's inputs is most of a partial build's own work on a large ladder: spread it.
        List<Boolean> same = workers.map(plan.pages(), page -> before.page(page.path()).matches(page));
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < same.size(); i++) {
            if (!same.get(i)) {
                pages.add(plan.pages().get(i));
            }
        }
        boolean changed = !Objects.equals(rendered, after);
        return Optional.of(new SitePlan(pages, changed ? plan.dataFiles() : List.of()));
    }
}
