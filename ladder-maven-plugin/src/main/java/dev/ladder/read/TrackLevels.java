package dev.ladder.read;

import java.nio.file.Path;
import java.util.List;

/**
 * A track with its levels placed in ladder order.
 *
 * @param levels       its levels in the order of its 'levels'
 * @param withProblems its level files that make no page because of problems reported in them
 */
record TrackLevels(TrackOverview track, List<LevelDraft> levels, List<Path> withProblems) {
}
