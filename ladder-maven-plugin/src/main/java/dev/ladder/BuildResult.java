package dev.ladder;

import dev.ladder.problem.Problem;

import java.util.List;

/**
 * What a build did: its problems, sorted, and what it wrote.
 *
 * @param written whether the output folder was replaced by the new site
 */
public record BuildResult(List<Problem> problems, int tracks, int levels, int pages, long millis,
                          boolean written) {

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** The one line a build logs. */
    public String summary() {
        return "Ladder: " + plural(tracks, "track") + ", " + plural(levels, "level") + ", "
                + plural(pages, "page") + (written ? " written" : " checked") + " in " + millis + " ms";
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
