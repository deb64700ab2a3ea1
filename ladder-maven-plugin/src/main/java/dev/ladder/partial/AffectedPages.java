package dev.ladder.partial;

import dev.ladder.model.Ladder;
import dev.ladder.render.Page;
import dev.ladder.render.SitePlan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The pages a change of content affects: of the new plan, those whose inputs differ from the last
 * rendered plan's ({@link PageInputs}), and the data files when the ladder differs at all. A change to a
 * level so re-renders the pages of its track (its level pages, overview, matrix, booklet and compare pages,
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
     * @return the pages and data files of {@code after} to render over a site rendered from {@code before},
     *         or empty when every page is to be rendered
     */
    public static Optional<SitePlan> of(Ladder before, SitePlan beforePlan, Ladder after, SitePlan afterPlan) {
        if (!before.home().equals(after.home()) || (before.changelog() == null) != (after.changelog() == null)
                || !beforePlan.paths().equals(afterPlan.paths())) {
            return Optional.empty();
        }
        Map<String, Page> rendered = new HashMap<>();
        beforePlan.pages().forEach(page -> rendered.put(page.path(), page));
        List<Page> pages = afterPlan.pages().stream()
                .filter(page -> !PageInputs.same(rendered.get(page.path()), page)).toList();
        boolean changed = !Objects.equals(before, after);
        return Optional.of(new SitePlan(pages, changed ? afterPlan.dataFiles() : List.of()));
    }
}
