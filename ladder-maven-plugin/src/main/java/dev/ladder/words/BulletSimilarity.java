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
            // "on-call" and "on call", "read/write" and "read and write" are the same words.
            for (String part : word.text().toLowerCase(Locale.ROOT).split("[-/\u2010-\u2015]")) {
                String text = trim(part);
                if (!text.isEmpty() && !FUNCTION_WORDS.contains(text)) {
                    terms.add(stem(text));
                }
            }
        }
        return List.copyOf(terms);
    }

    static double of(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty() ? 1 : 0;
        }
        double inOrder = 2.0 * commonSubsequence(a, b) / (a.size() + b.size());
        double anyOrder = 2.0 * shared(a, b) / (a.size() + b.size());
        double lead = a.get(0).equals(b.get(0)) ? SAME_LEAD : 0;
        return Math.min(1, (inOrder + anyOrder) / 2 + lead);
    }

    private static int commonSubsequence(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (String word : a) {
            for (int j = 1; j <= b.size(); j++) {
                current[j] = word.equals(b.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }

    private static int shared(List<String> a, List<String> b) {
        Map<String, Integer> counts = new HashMap<>();
        a.forEach(word -> counts.merge(word, 1, Integer::sum));
        int shared = 0;
        for (String word : b) {
            Integer left = counts.get(word);
            if (left != null && left > 0) {
                counts.put(word, left - 1);
                shared++;
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
