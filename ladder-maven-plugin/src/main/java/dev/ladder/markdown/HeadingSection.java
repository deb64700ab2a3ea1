package dev.ladder.markdown;

import org.commonmark.node.Node;

/**
 * A {@code ## heading} of a Markdown body and the blocks under it, up to the next such heading.
 *
 * @param content a detached document holding the section's blocks
 */
public record HeadingSection(String title, int line, int column, Node content) {
}
