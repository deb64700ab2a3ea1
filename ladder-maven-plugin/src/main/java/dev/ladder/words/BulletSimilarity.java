package dev.ladder.words;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How much two bullets say the same thing, from 0 to 1: the half of it that counts shared words in
 * order (the longest common subsequence) and the half that counts shared words in any order, both over
 * the words that carry meaning. Function words ("the", "and", "their") are left out, since every bullet
 * has them, and words are cut to a rough stem so that "reviews" and "review", "tested" and "tests" meet.
 */
final class BulletSimilarity {

    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "and", "or", "of", "to", "in", "on",
            "for", "with", "by", "at", "as", "from", "into", "it", "its", "is", "are", "be", "that", "this", "their",
            "they", "them", "than", "when", "where", "which", "who", "so", "not", "but", "such", "each", "every", "all",
            "any", "both", "own", "our", "we", "you", "your", "can", "has", "have", "was", "were", "will", "s");

    /**
     * Added when both bullets start with the same word: ladder bullets lead with the behaviour ("Writes",
     * "Mentors", "Reviews"), and a level that grows an expectation usually keeps its verb.
     */
    static final double SAME_LEAD = 0.15;

    private BulletSimilarity() {
    }

    /** The words of a bullet that are compared: lower case, punctuation trimmed, function words left out, stemmed. */
    static List<String> terms(List<Word> words) {
        List<String> terms = new ArrayList<>();
        for (Word word : words) {
            String lower = word.text().toLowerCase(Locale.ROOT);
            int from = 0;
            for (int i = 0; i <= lower.length(); i++) {
                if (i == lower.length() || joins(lower.charAt(i))) {
                    String text = trim(lower.substring(from, i));
                    if (!text.isEmpty() && !FUNCTION_WORDS.contains(text)) {
                        terms.add(stem(text));
                    }
                    from = i + 1;
                }
            }
        }
        return List.copyOf(terms);
    }

    /** "on-call" and "on call", "read/write" and "read and write" are the same words. */
    private static boolean joins(char c) {
        return c == '-' || c == '/' || c >= '\u2010' && c <= '\u2015';
    }

    static double of(List<String> a, List<String> b) {
        Map<String, Integer> ids = new HashMap<>();
        return of(numbered(a, ids), numbered(b, ids));
    }

    /** Terms as numbers, the same number for the same term: what {@link #of(int[], int[])} compares. */
    static int[] numbered(List<String> terms, Map<String, Integer> ids) {
        int[] numbers = new int[terms.size()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = ids.computeIfAbsent(terms.get(i), term -> ids.size());
        }
        return numbers;
    }

    static double of(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return a.length == 0 && b.length == 0 ? 1 : 0;
        }
        double inOrder = 2.0 * commonSubsequence(a, b) / (a.length + b.length);
        double anyOrder = 2.0 * shared(a, b) / (a.length + b.length);
        double lead = a[0] == b[0] ? SAME_LEAD : 0;
        return Math.min(1, (inOrder + anyOrder) / 2 + lead);
    }

    private static int commonSubsequence(int[] a, int[] b) {
        int[] previous = new int[b.length + 1];
        int[] current = new int[b.length + 1];
        for (int word : a) {
            for (int j = 1; j <= b.length; j++) {
                current[j] = word == b[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length];
    }

    /** How many terms the two have in common, counting repeats: a merge of the sorted terms. */
    private static int shared(int[] a, int[] b) {
        int[] x = a.clone();
        int[] y = b.clone();
        java.util.Arrays.sort(x);
        java.util.Arrays.sort(y);
        int shared = 0;
        for (int i = 0, j = 0; i < x.length && j < y.length; ) {
            if (x[i] == y[j]) {
                shared++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }

    private static String trim(String word) {
        int from = 0;
        int to = word.length();
        while (from < to && !Character.isLetterOrDigit(word.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(word.charAt(to - 1))) {
            to--;
        }
        String trimmed = word.substring(from, to);
        return trimmed.endsWith("'s") || trimmed.endsWith("’s") ? trimmed.substring(0, trimmed.length() - 2) : trimmed;
    }

    /**
     * A rough English stem: plural, tense and a final "e" go ("pipelines", "pipeline"; "shared", "shares"
     * meet as "shar"), never so much that unlike words meet. Short words are kept whole.
     */
    static String stem(String word) {
        String stem = word;
        if (stem.length() > 4 && stem.endsWith("ies")) {
            stem = stem.substring(0, stem.length() - 3) + "y";
        } else if (stem.length() > 3 && stem.endsWith("s") && !stem.endsWith("ss") && !stem.endsWith("us")
                && !stem.endsWith("is")) {
            stem = stem.substring(0, stem.length() - 1);
        }
        for (String ending : new String[] {"ing", "ed"}) {
            if (stem.endsWith(ending) && stem.length() - ending.length() >= 3) {
                stem = stem.substring(0, stem.length() - ending.length());
                break;
            }
        }
        return stem.length() > 3 && stem.endsWith("e") ? stem.substring(0, stem.length() - 1) : stem;
    }
}
