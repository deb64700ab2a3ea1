package dev.ladder.model;

/**
 * A row of the matrix: one skill area that every level of a track describes.
 *
 * @param slug the anchor of its section on level pages; derived from the name, so it is stable
 *             while the wording of the sections changes
 */
public record Competency(String name, String slug) {
}
