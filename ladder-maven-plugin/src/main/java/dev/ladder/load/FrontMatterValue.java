package dev.ladder.load;

import java.util.List;

/**
 * A front-matter value as written, in the engine's own terms rather than the YAML library's: text, a
 * list, or a group of fields, each with the place in the content file where it starts.
 */
public sealed interface FrontMatterValue {

    /** 1-based line in the content file (not in the YAML block), or 0 when unknown. */
    int line();

    /** 1-based column, or 0 when unknown. */
    int column();

    /**
     * A single value.
     *
     * @param text  as written, without quotes
     * @param empty whether it is YAML's null or only blanks
     */
    record Text(String text, boolean empty, int line, int column) implements FrontMatterValue {
    }

    /** A list. Its entries are read one level deep: an entry that is itself a list or a group has no entries. */
    record Items(List<FrontMatterValue> entries, int line, int column) implements FrontMatterValue {
    }

    /** A value whose problem has been reported where it was read: it counts as wrong, and says nothing more. */
    record Reported(int line, int column) implements FrontMatterValue {
    }

    /**
     * A group of fields ({@code key: value} pairs under a key, or a list entry such as {@code - G5: Senior}).
     *
     * @param fields its pairs whose keys are plain text, each value read one level deep as a list's entries are
     */
    record Group(List<FrontMatterField> fields, int line, int column) implements FrontMatterValue {

        public Group {
            fields = List.copyOf(fields);
        }
    }
}
