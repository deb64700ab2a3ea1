package dev.ladder.render;

import dev.ladder.model.Ladder;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code sitemap.xml}: every page's full address, for intranet search engines. Made only when the
 * site's base URL is known, since a sitemap must hold absolute addresses.
 */
public final class SitemapPage implements PageType {

    private final Function<Ladder, List<Page>> pages;

    /** @param pages the pages of the site, to be listed */
    public SitemapPage(Function<Ladder, List<Page>> pages) {
        this.pages = pages;
    }

    @Override
    public List<Page> pages(Ladder ladder) {
        List<String> paths = pages.apply(ladder).stream()
                .filter(Page::listed)
                .map(Page::path)
                .map(path -> path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length())
                        : path)
                .toList();
        return List.of(new Page("sitemap.xml", "sitemap.ftlx", null, Map.of("paths", paths), false));
    }
}
