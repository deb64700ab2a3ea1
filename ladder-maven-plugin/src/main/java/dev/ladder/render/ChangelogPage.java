package dev.ladder.render;

import dev.ladder.model.Changelog;
import dev.ladder.model.Ladder;

import java.util.List;
import java.util.Map;

/** {@code changes.html}: the ladder's {@code CHANGELOG.md}, when it has one; the footer links to it. */
public final class ChangelogPage implements PageType {

    @Override
    public List<Page> pages(Ladder ladder) {
        Changelog changelog = ladder.changelog();
        return changelog == null ? List.of()
                : List.of(new Page(Changelog.PAGE, "changelog.ftlh", changelog.file(), Map.of("changelog", changelog)));
    }
}
