package dev.ladder.model;

import java.nio.file.Path;
import java.util.List;

/**
 * One rung of a track's ladder.
 *
 * @param code     the short code editors use, such as {@code P3}
 * @param slug     the file name without {@code .md}; the page is {@code slug.html}
 * @param sections one per competency, in the track's competency order
 * @param aliases  the level's former slugs, each of which keeps a redirect page to {@code slug.html}
 * @param grade    the job architecture's grade the level is at, or {@code null} when it names none
 * @param base     in a specialisation, the code of the base track's level this one builds on; otherwise {@code ""}
 */
public record Level(String code, String slug, Path file, String title, String summary,
                    String introHtml, List<Section> sections, List<String> aliases, Grade grade, String base) {

    public Level {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        base = base == null ? "" : base;
    }

    /** A level without a grade, of a track that extends none. */
    public Level(String code, String slug, Path file, String title, String summary, String introHtml,
                 List<Section> sections, List<String> aliases) {
        this(code, slug, file, title, summary, introHtml, sections, aliases, null, "");
    }

    /** A level that was never renamed. */
    public Level(String code, String slug, Path file, String title, String summary, String introHtml,
                 List<Section> sections) {
        this(code, slug, file, title, summary, introHtml, sections, List.of());
    }

    /** This level at {@code grade}, which may be {@code null}. */
    public Level withGrade(Grade grade) {
        return new Level(code, slug, file, title, summary, introHtml, sections, aliases, grade, base);
    }

    /**
     * This level with other sections: the same sections with their links relocated, or a specialisation's
     * level with the sections it inherits.
     */
    public Level withSections(List<Section> sections) {
        return new Level(code, slug, file, title, summary, introHtml, List.copyOf(sections), aliases, grade, base);
    }

    public String page() {
        return slug + ".html";
    }

    /** The page comparing this level with a higher one of its track, relative to the track's folder. */
    public String comparePage(Level higher) {
        return compareSlug(slug, higher.slug()) + ".html";
    }

    /**
     * The name of the page comparing two levels, without {@code .html}: the one place it is made, for
     * the pages, the links to them and the check that no level or alias takes the name.
     */
    public static String compareSlug(String lowerSlug, String higherSlug) {
        return "compare-" + lowerSlug + "-" + higherSlug;
    }
}
