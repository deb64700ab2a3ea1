package dev.ladder.load;

import dev.ladder.problem.Problems;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Finds a list entry that YAML joined to the entry above it. A {@code -} indented one space further
 * than the others, or a list whose first {@code -} starts the line while the rest are indented, is
 * valid YAML: the later lines continue the entry above, and the track gets a competency called
 * "Pipelines - Data modelling". The editor sees nothing wrong in the list, only every level file
 * failing to match it, so the place to change is named here.
 */
final class FoldedEntries {

    private FoldedEntries() {
    }

    /**
     * Reports the first line of a plain, multi-line entry that starts with {@code - }.
     *
     * @param yaml the front matter, whose line 0 is the file's line 2
     * @return whether the entry was reported
     */
    static boolean report(SourceText source, String yaml, String key, ScalarNode entry, Problems problems) {
        if (entry.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN || entry.getStartMark() == null
                || entry.getEndMark() == null || entry.getEndMark().getLine() == entry.getStartMark().getLine()) {
            return false;
        }
        String[] lines = yaml.split("\n", -1);
        int first = entry.getStartMark().getLine();
        for (int line = first + 1; line <= entry.getEndMark().getLine() && line < lines.length; line++) {
            String text = lines[line].strip();
            if (text.equals("-") || text.startsWith("- ")) {
                problems.error(source.file(), line + 2, lines[line].indexOf('-') + 1, "the list entry '" + text
                        + "' is indented differently from the '-' above it, so YAML reads it as part of that entry, "
                        + "making one entry '" + entry.getValue() + "'; start every '-' of '" + key
                        + "' in the same column");
                return true;
            }
        }
        return false;
    }
}
