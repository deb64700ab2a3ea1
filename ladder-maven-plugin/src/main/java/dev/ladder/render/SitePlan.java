package dev.ladder.render;

import dev.ladder.model.Ladder;

import java.util.ArrayList;
import java.util.List;

/**
 * Every file a build makes from the model: the pages and the data files, chosen by the settings.
 * Adding a kind of page to every site is adding its {@link PageType} here.
 */
public record SitePlan(List<Page> pages, List<DataFile> dataFiles) {

    private static List<PageType> types(SiteSettings settings) {
        return List.of(new HomePage(), TrackFilePage.OVERVIEW, new LevelPage(), TrackFilePage.MATRIX,
                TrackFilePage.BOOKLET, new NotFoundPage(), new ComparePage(settings.compareReach()),
                new RedirectPage(), new ChangelogPage(), new CrossTrackComparePage());
    }

    public static SitePlan of(Ladder ladder, SiteSettings settings, boolean json) {
        return of(ladder, settings, json, List.of());
    }

    /** @param more pages made from more than the ladder, such as the versions page, listed like the rest */
    public static SitePlan of(Ladder ladder, SiteSettings settings, boolean json, List<Page> more) {
        List<Page> pages = new ArrayList<>(pages(ladder, settings));
        pages.addAll(more);
        if (!settings.baseUrl().isEmpty()) {
            pages.addAll(new SitemapPage(model -> {
                List<Page> all = new ArrayList<>(pages(model, settings));
                all.addAll(more);
                return all;
            }).pages(ladder));
        }
        List<DataFile> dataFiles = new ArrayList<>();
        if (json) {
            dataFiles.add(new LadderJson());
        }
        if (settings.search()) {
            dataFiles.add(new SearchIndex());
        }
        return new SitePlan(List.copyOf(pages), List.copyOf(dataFiles));
    }

    private static List<Page> pages(Ladder ladder, SiteSettings settings) {
        List<Page> pages = new ArrayList<>();
        types(settings).stream().filter(type -> settings.booklets() || type != TrackFilePage.BOOKLET)
                .filter(type -> settings.compare()
                        || !(type instanceof ComparePage || type instanceof CrossTrackComparePage))
                .forEach(type -> pages.addAll(type.pages(ladder)));
        return pages;
    }

    /** Templates of pages that are also offered as PDF when PDFs are on. */
    private static final java.util.Set<String> PRINTABLE = java.util.Set.of("level.ftlh", "print.ftlh");

    /** The pages worth a PDF of their own: each level and each track's booklet. */
    public List<Page> printablePages() {
        return pages.stream().filter(page -> PRINTABLE.contains(page.template())).toList();
    }

    /** This plan, its data files writing through what {@code memory} kept of their earlier writes. */
    public SitePlan remembering(DataPieces memory) {
        return new SitePlan(pages, dataFiles.stream().map(file -> file.remembering(memory)).toList());
    }

    /** The site paths of the pages and data files. */
    public List<String> paths() {
        List<String> paths = new ArrayList<>(pages.stream().map(Page::path).toList());
        dataFiles.forEach(file -> paths.add(file.path()));
        return paths;
    }

    public int fileCount() {
        return pages.size() + dataFiles.size();
    }
}
