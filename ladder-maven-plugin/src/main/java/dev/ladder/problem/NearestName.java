package dev.ladder.problem;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the "did you mean" candidate for a misspelt name: the closest by edit distance, if close enough. */
public final class NearestName {

    private NearestName() {
    }

    /**
     * Names longer than this are not compared: no real field, heading or anchor is this long, and the
     * distance takes time and memory in the product of the two lengths (60,000 characters each took 6 GB).
     */
    static final int MAX_COMPARED = 200;

    public static Optional<String> among(String given, Collection<String> known) {
        if (given.length() > MAX_COMPARED) {
            return Optional.empty();
        }
        String wanted = given.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            if (candidate.length() > MAX_COMPARED) {
                continue;
            }
            int distance = distance(wanted, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        // A third of the length, at least 2: catches typos and swapped letters, not unrelated words.
        // Very short names allow one edit only, or any two-letter name would suggest any other.
        int allowed = wanted.length() <= 3 ? 1 : Math.max(2, wanted.length() / 3);
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** " (did you mean 'title'?)" or nothing. */
    public static String hint(String given, Collection<String> known) {
        return among(given, known).map(name -> " (did you mean '" + name + "'?)").orElse("");
    }

    /** Damerau-Levenshtein distance (optimal string alignment), so a swapped pair costs one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
