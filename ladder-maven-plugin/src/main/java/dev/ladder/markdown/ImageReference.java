package dev.ladder.markdown;

/**
 * An image written in a content file ({@code ![text](address)}), with where it was written.
 *
 * @param alt the words between the brackets, which readers who cannot see the image hear instead
 */
public record ImageReference(String destination, String alt, int line, int column) {
}
