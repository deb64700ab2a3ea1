package dev.ladder.render;

import dev.ladder.model.Ladder;

import java.util.List;
import java.util.Map;

/** {@code 404.html}: what a web server shows for an address the site does not have. */
public final class NotFoundPage implements PageType {

    @Override
    public List<Page> pages(Ladder ladder) {
        return List.of(new Page("404.html", "404.ftlh", null, Map.of(), false));
    }
}
