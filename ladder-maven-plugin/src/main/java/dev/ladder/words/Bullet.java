package dev.ladder.words;

import java.util.List;

/**
 * One expectation of a section: a top-level list item, or a paragraph, table or other block outside
 * a list. The unit that {@link BulletAlignment} pairs between two levels or two versions.
 *
 * @param html  the item's content as rendered (a list item without its {@code <li>}), to show it as written
 * @param words the words a reader sees in it
 */
public record Bullet(String html, List<Word> words) {

    public Bullet {
        words = List.copyOf(words);
    }
}
