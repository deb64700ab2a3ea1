package dev.ladder.versions;

import dev.ladder.model.Ladder;
import dev.ladder.model.Level;
import dev.ladder.model.Track;
import dev.ladder.render.Page;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where each page of an archived version is in the current version: a level by its file name, then by
 * an alias naming its old file; a track's pages by the track's folder. What no longer exists leads to
 * its track's page, or to the home page.
 */
final class CurrentPages {

    private final Ladder current;

    CurrentPages(Ladder current) {
        this.current = current;
    }

    /** The current path of every page of the archived version's plan, by the page's own path. */
    Map<String, String> of(List<Page> archived) {
        Map<String, String> paths = new TreeMap<>();
        archived.stream().filter(page -> page.path().endsWith(".html"))
                .forEach(page -> paths.put(page.path(), of(page)));
        return paths;
    }

    private String of(Page page) {
        if (page.path().equals("changes.html")) {
            return current.changelog() != null ? "changes.html" : "index.html";
        }
        if (!(page.data().get("track") instanceof Track old)) {
            return "index.html";
        }
        Optional<Track> track = current.tracks().stream().filter(t -> t.slug().equals(old.slug())).findFirst();
        if (track.isEmpty()) {
            return "index.html";
        }
        String folder = track.get().slug() + "/";
        String file = page.path().substring(page.path().lastIndexOf('/') + 1);
        if (page.data().get("level") instanceof Level level && page.template().equals("level.ftlh")) {
            return track.get().levels().stream().filter(l -> l.slug().equals(level.slug())).findFirst()
                    .or(() -> track.get().levels().stream().filter(l -> l.aliases().contains(level.slug()))
                            .findFirst())
                    .map(l -> folder + l.page()).orElse(folder + "index.html");
        }
        // The track's overview, matrix and booklet keep their names; a compare page leads to the track.
        return folder + (page.template().equals("compare.ftlh") ? "index.html" : file);
    }
}
