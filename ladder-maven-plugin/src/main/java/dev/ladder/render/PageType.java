package dev.ladder.render;

import dev.ladder.model.Ladder;

import java.util.List;

/**
 * A kind of page the site has. Adding a page to the site is adding one of these and its template.
 */
public interface PageType {

    List<Page> pages(Ladder ladder);
}
