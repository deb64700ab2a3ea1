package dev.ladder.versions;

import dev.ladder.load.GitRepository;
import dev.ladder.problem.NearestName;
import dev.ladder.problem.Problems;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What {@code ladder.versions} names: each entry a tag, branch or commit, or a pattern such as {@code v*}
 * matched against the tags. Each commit is published once, under a name that is a safe folder name.
 */
final class Releases {

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final String FETCH = "; this looks like a shallow clone without its tags: fetch them with "
            + "'git fetch --tags --unshallow' (in GitHub Actions, check out with fetch-depth: 0)";

    private Releases() {
    }

    /** The versions in the order they were made, oldest first; every mistake in the list reported once. */
    static List<Release> resolve(GitRepository git, List<String> entries, Problems problems) throws IOException {
        List<String> tags = git.tags();
        Map<String, Release> byCommit = new LinkedHashMap<>();
        Map<String, Release> byName = new HashMap<>();
        for (String entry : entries) {
            for (String ref : refs(git, entry, tags, problems)) {
                String commit = git.commitOf(ref).orElseThrow();
                Release release = new Release(ref.replace('/', '-'), ref, commit, git.commitTime(commit));
                Release same = byCommit.get(commit);
                Release sameName = byName.get(release.name().toLowerCase(Locale.ROOT));
                if (same != null) {
                    problems.warning(null, 0, 0, "ladder.versions: " + release.ref() + " and " + same.ref()
                            + " are the same commit (" + release.shortCommit() + "); it is published once, as "
                            + "versions/" + same.name() + "/");
                } else if (!SAFE_NAME.matcher(release.name()).matches()) {
                    problems.warning(null, 0, 0, "ladder.versions: '" + ref + "' cannot name a folder of the site: "
                            + "a version's name may hold only letters, digits, '.', '-' and '_' (a '/' becomes '-'),"
                            + " and starts with a letter or digit; this version is left out, so tag it with such a "
                            + "name");
                } else if (sameName != null) {
                    problems.warning(null, 0, 0, "ladder.versions: " + ref + " and " + sameName.ref() + " would both "
                            + "be published as versions/" + release.name() + "/ (a folder name ignores case); "
                            + ref + " is left out");
                } else {
                    byCommit.put(commit, release);
                    byName.put(release.name().toLowerCase(Locale.ROOT), release);
                }
            }
        }
        return byCommit.values().stream()
                .sorted(Comparator.comparingLong(Release::time).thenComparing(Release::name)).toList();
    }

    /** The refs one entry names: itself, or the tags its pattern matches, in name order. */
    private static List<String> refs(GitRepository git, String entry, List<String> tags, Problems problems)
            throws IOException {
        String shallow = git.shallow() ? FETCH : "";
        if (entry.contains("*") || entry.contains("?")) {
            Pattern glob = glob(entry);
            List<String> matched = new ArrayList<>();
            for (String tag : tags) {
                // A tag of something other than a commit (a tree, a blob) names no version of the ladder.
                if (glob.matcher(tag).matches() && git.commitOf(tag).isPresent()) {
                    matched.add(tag);
                }
            }
            if (matched.isEmpty()) {
                problems.error(null, 0, "ladder.versions: no tag matches '" + entry + "'" + (tags.isEmpty()
                        ? "; the repository has no tags" : " (the tags are " + String.join(", ", first(tags)) + ")")
                        + (shallow.isEmpty() ? "; tag each release of the ladder, such as 'git tag v1.0', or "
                        + "change the pattern" : shallow));
            }
            return matched;
        }
        if (git.commitOf(entry).isPresent()) {
            return List.of(entry);
        }
        problems.error(null, 0, "ladder.versions: git ref '" + entry + "' does not exist"
                + NearestName.hint(entry, tags) + (shallow.isEmpty() ? "; give a tag, a branch or a commit id, "
                + "or a pattern such as v*" : shallow));
        return List.of();
    }

    private static List<String> first(List<String> tags) {
        return tags.size() <= 5 ? tags : List.of(tags.get(0), tags.get(1), tags.get(2), "…",
                tags.get(tags.size() - 1));
    }

    /** A tag pattern: {@code *} any run of characters, {@code ?} any one; all else literal. */
    private static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString());
    }
}
