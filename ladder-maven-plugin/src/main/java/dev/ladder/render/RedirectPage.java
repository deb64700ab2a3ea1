package dev.ladder.render;

import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.Track;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code <track>/<alias>.html}: a level's former address, kept working after the level's file was
 * renamed. The page sends the browser on to the level's page, and shows a link for when it does not.
 */
public final class RedirectPage implements PageType {

    private static final String TEMPLATE = "redirect.ftlh";

    @Override
    public List<Page> pages(Ladder ladder) {
        List<Page> pages = new ArrayList<>();
        for (Track track : ladder.tracks()) {
            for (Level level : track.levels()) {
                for (String alias : level.aliases()) {
                    // Not content, only a way to it: the sitemap leaves it out.
                    pages.add(new Page(track.slug() + "/" + alias + ".html", TEMPLATE, level.file(),
                            Map.of("track", track, "level", level), false));
                }
            }
        }
        return pages;
    }
}
