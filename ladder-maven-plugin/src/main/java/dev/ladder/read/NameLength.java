package dev.ladder.read;

/**
 * The documented cap on the length of a competency's name, and so of a section heading. No real name
 * comes near it; a longer one is pasted text, which would fill every message quoting it, every page's
 * table of contents and the anchors of the matrix.
 */
final class NameLength {

    static final int MAX = 200;

    private NameLength() {
    }

    /** The problem with {@code name}, written after what it is ("competency name"), or {@code null}. */
    static String problem(String what, String name) {
        int length = name.codePointCount(0, name.length());
        return length <= MAX ? null : what + " is " + length + " characters long, more than the " + MAX
                + " a competency name may have; shorten it";
    }
}
