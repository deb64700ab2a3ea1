package dev.ladder.markdown;

import org.commonmark.node.Node;

import java.util.List;

/**
 * A body split at its level-2 headings.
 *
 * @param intro    what stands before the first {@code ##} heading
 * @param sections the {@code ##} sections in file order
 * @param links    every link in the body, for checking and rewriting
 * @param images   every image in the body, for checking where it is loaded from
 * @param others   every other heading (not {@code ##}), in file order
 * @param rawHtml  every HTML tag or block outside headings, when the site shows HTML as text; else none
 */
public record MarkdownBody(Node intro, List<HeadingSection> sections, List<LinkReference> links,
                           List<ImageReference> images, List<OtherHeading> others, List<RawHtml> rawHtml) {
}
