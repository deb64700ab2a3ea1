package dev.ladder.versions;

/**
 * One version named by {@code ladder.versions}, resolved in the git repository.
 *
 * @param name   its folder in the site, {@code versions/<name>/}: the ref's short name, made a safe folder name
 * @param ref    the tag, branch or commit as found or given, such as {@code v1.0}
 * @param commit the full id of the commit it names
 * @param time   when that commit was made, in seconds since 1970: versions are shown in this order
 */
public record Release(String name, String ref, String commit, long time) {

    /** The first seven characters of the commit id, as git shows it. */
    public String shortCommit() {
        return commit.substring(0, Math.min(7, commit.length()));
    }

    /** "v1.0 (1a2b3c4)", or "1a2b3c4" when the ref is the commit id itself: how messages name a version. */
    public String described() {
        return commit.startsWith(ref) ? shortCommit() : ref + " (" + shortCommit() + ")";
    }
}
