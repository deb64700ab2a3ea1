package dev.ladder.serve;

import java.util.List;

/**
 * One finished build of the preview.
 *
 * @param number   counts builds from 1; a page remembers the build it was served from
 * @param changed    the site paths the build added, changed or removed, so that exactly their pages reload
 * @param everything whether every page should reload, because what changed is not known
 * @param problems what the build found, as pages show it
 */
public record BuildEvent(long number, List<String> changed, boolean everything, ProblemsView problems) {

    public BuildEvent {
        changed = List.copyOf(changed);
    }
}
