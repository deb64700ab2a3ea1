package dev.ladder.diff;

import java.util.List;

/** Compares front-matter values of the two versions. */
final class FieldComparison {

    private FieldComparison() {
    }

    static void compare(String field, String before, String after, List<FieldChange> changes) {
        String was = before == null ? "" : before;
        String now = after == null ? "" : after;
        if (!was.equals(now)) {
            changes.add(new FieldChange(field, was, now));
        }
    }
}
