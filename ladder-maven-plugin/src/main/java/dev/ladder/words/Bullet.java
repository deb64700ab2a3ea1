package dev.ladder.words;

import java.util.List;

/**
 * One expectation of a section: a top-level list item, or a paragraph, table or other block outside
 * a list. The unit that {@link BulletAlignment} pairs between two levels or two versions.
 *
 * @param html  the item's content as rendered (a list item without its {@code <li>}), to show it as written
 * @param words the words a reader sees in it
 * @param terms the words that are compared when bullets are paired (see {@link BulletSimilarity#terms})
 */
public record Bullet(String html, List<Word> words, List<String> terms) {

    public Bullet {
        words = List.copyOf(words);
        terms = List.copyOf(terms);
    }

    public static Bullet of(String html, List<Word> words) {
        return new Bullet(html, words, BulletSimilarity.terms(words));
    }
}
