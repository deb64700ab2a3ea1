package dev.ladder.markdown;

/** An image written in a content file ({@code ![text](address)}), with where it was written. */
public record ImageReference(String destination, int line, int column) {
}
