package dev.ladder.words;

/**
 * One word of rendered text.
 *
 * @param startsBlock whether the word opens a paragraph, list item or other block; only for showing
 *                    a diff in the shape of the text, never compared, so re-wrapping changes nothing
 */
public record Word(String text, boolean startsBlock) {
}
