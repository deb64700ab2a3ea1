package dev.ladder.diff;

/**
 * One side of a comparison: the ladder at a git ref, or in the working tree.
 *
 * @param ref    as the user gave it, such as {@code origin/main}; {@code null} for the working tree
 * @param commit the full id of the commit the ref names; {@code null} for the working tree
 */
public record LadderVersion(String ref, String commit) {

    public static LadderVersion workingCopy() {
        return new LadderVersion(null, null);
    }

    public boolean isWorkingTree() {
        return ref == null;
    }

    /** The first seven characters of the commit id, as git shows it; {@code ""} for the working tree. */
    public String shortCommit() {
        return commit == null ? "" : commit.substring(0, Math.min(7, commit.length()));
    }
}
