package dev.ladder.diff;

import dev.ladder.words.WordDiff;

/**
 * A reworded section of a level: the competency as it is named now, and its word diff.
 */
public record CompetencyDiff(String competency, WordDiff diff) {
}
