package dev.ladder;

import dev.ladder.problem.Problem;

import java.util.List;

/**
 * What a build did: its problems, sorted, and what it wrote.
 *
 * @param pages     the pages and data files of the site
 * @param unchanged how many of those were already in the output with the same bytes, and so not written
 * @param written   whether the output folder now holds the new site
 * @param versions  how many older versions the site holds (see {@code ladder.versions})
 * @param versionsRendered how many of those this build rendered; the others were kept from the last build
 */
public record BuildResult(List<Problem> problems, int tracks, int levels, int pages, long millis,
                          boolean written, int unchanged, int versions, int versionsRendered) {

    public BuildResult(List<Problem> problems, int tracks, int levels, int pages, long millis, boolean written) {
        this(problems, tracks, levels, pages, millis, written, 0);
    }

    public BuildResult(List<Problem> problems, int tracks, int levels, int pages, long millis, boolean written,
                       int unchanged) {
        this(problems, tracks, levels, pages, millis, written, unchanged, 0, 0);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** The one line a build logs: what it wrote, what it could leave as it was, and how long it took. */
    public String summary() {
        String files = written ? plural(pages - unchanged, "page") + " written, " + unchanged + " unchanged"
                : plural(pages, "page") + " checked";
        String archive = versions == 0 ? "" : ", " + plural(versions, "older version") + " (" + versionsRendered
                + " rendered)";
        return "Ladder: " + plural(tracks, "track") + ", " + plural(levels, "level") + ", " + files + archive
                + " in " + millis + " ms";
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
