package dev.ladder.model;

import java.nio.file.Path;
import java.util.List;

/**
 * A career track: a folder of the content with its own ladder of levels and its own competencies.
 *
 * @param slug   the folder name, which is also the folder of its pages
 * @param family the job family it belongs to, or {@code ""}
 * @param levels in ladder order, lowest first
 * @param base   the folder of the track this one extends (a specialisation), or {@code ""}
 */
public record Track(String slug, Path file, String title, String family, String summary,
                    String overviewHtml, List<Competency> competencies, List<Level> levels, String base) {

    public Track {
        base = base == null ? "" : base;
    }

    /** A track that extends none. */
    public Track(String slug, Path file, String title, String family, String summary, String overviewHtml,
                 List<Competency> competencies, List<Level> levels) {
        this(slug, file, title, family, summary, overviewHtml, competencies, levels, "");
    }
}
