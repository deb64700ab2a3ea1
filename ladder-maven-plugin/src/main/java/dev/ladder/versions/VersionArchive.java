package dev.ladder.versions;

import dev.ladder.load.ContentFiles;
import dev.ladder.load.ContentLoader;
import dev.ladder.load.GitRepository;
import dev.ladder.load.GitTree;
import dev.ladder.markdown.Markdown;
import dev.ladder.model.Ladder;
import dev.ladder.problem.Problem;
import dev.ladder.problem.Problems;
import dev.ladder.read.LadderReader;
import dev.ladder.work.Workers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The versions {@code ladder.versions} names, found in the git repository of the content folder, and
 * their ladders read straight from each commit's tree (never a checkout) by the same loader and reader
 * as the current one. A version whose ladder has errors is left out with a warning per error.
 */
public final class VersionArchive {

    /** No versions: the site is the current ladder alone. */
    public static final VersionArchive NONE = new VersionArchive(null, "", List.of());

    private final Path content;
    private final String folder;
    private final List<Release> releases;

    private VersionArchive(Path content, String folder, List<Release> releases) {
        this.content = content;
        this.folder = folder;
        this.releases = releases;
    }

    /** Finds the versions {@code entries} name; each mistake in them is a problem of the build. */
    public static VersionArchive resolve(Path content, List<String> entries, Problems problems) {
        if (entries.isEmpty()) {
            return NONE;
        }
        try {
            Optional<GitRepository> found = GitRepository.find(content);
            if (found.isEmpty()) {
                problems.error(content, 0, "is not in a git repository, so ladder.versions (" + String.join(", ",
                        entries) + ") names no version; build in a clone of the ladder's repository, or remove "
                        + "ladder.versions");
                return NONE;
            }
            try (GitRepository git = found.get()) {
                Path workTree = git.workTree().toRealPath();
                Path real = content.toRealPath();
                if (!real.startsWith(workTree)) {
                    problems.error(content, 0, "is outside the work tree of its git repository, so "
                            + "ladder.versions cannot find it in older commits");
                    return NONE;
                }
                String inRepository = workTree.relativize(real).toString().replace('\\', '/');
                return new VersionArchive(content, inRepository, Releases.resolve(git, entries, problems));
            }
        } catch (IOException e) {
            problems.error(content, 0, "its git repository cannot be read (" + e.getMessage().replace('\n', ' ')
                    + "), so ladder.versions names no version");
            return NONE;
        }
    }

    /** The versions and their commits, for the build's fingerprint: a new tag or a moved branch is a new site. */
    public String fingerprint() {
        return releases.stream().map(release -> release.name() + "=" + release.commit())
                .collect(Collectors.joining(",", "\nversions:", ""));
    }

    /**
     * The ladder of each version, oldest first; those with errors are left out, with a warning for each.
     * Versions are read on the build's workers, each one file after another, with the build's compare reach
     * ({@link dev.ladder.model.ComparePairs}), as their pages are made with it.
     */
    public List<Version> read(Markdown markdown, Problems problems, Workers workers, int compareReach) {
        if (releases.isEmpty()) {
            return List.of();
        }
        List<Version> versions = new ArrayList<>();
        try (GitRepository git = GitRepository.find(content).orElseThrow(); Workers serial = new Workers(1)) {
            Path workTree = git.workTree().toRealPath();
            problems.collect(workers, releases, (release, found) -> read(git, workTree, release, markdown, serial,
                    compareReach, found)).forEach(version -> version.ifPresent(versions::add));
        } catch (IOException e) {
            problems.error(content, 0, "its git repository cannot be read (" + e.getMessage().replace('\n', ' ')
                    + "), so no older version is published");
            return List.of();
        }
        return List.copyOf(versions);
    }

    private Optional<Version> read(GitRepository git, Path workTree, Release release, Markdown markdown,
                                   Workers serial, int compareReach, Problems problems) {
        String left = "version " + release.described() + " is left out of the site: ";
        GitTree tree;
        try {
            tree = git.tree(release.commit(), folder);
        } catch (IOException e) {
            problems.warning(null, 0, 0, left + "its files cannot be read from git" + (git.shallow()
                    ? "; this is a shallow clone: fetch the history with 'git fetch --tags --unshallow'" : ""));
            return Optional.empty();
        }
        if (tree.isEmpty()) {
            problems.warning(null, 0, 0, left + "the content folder '" + (folder.isEmpty() ? "." : folder)
                    + "' does not exist in it");
            return Optional.empty();
        }
        Problems found = new Problems();
        ContentFiles files = ContentLoader.list(tree, found, serial);
        Optional<Ladder> ladder = new LadderReader(markdown, found, serial, compareReach).read(files);
        if (ladder.isEmpty() || found.hasErrors()) {
            found.sorted().stream().filter(Problem::isError)
                    .forEach(problem -> problems.warning(null, 0, 0, left + problem.format(workTree)));
            return Optional.empty();
        }
        return ladder.map(model -> new Version(release, model, files));
    }

    /** A version as published: where it came from, its ladder, and its files (for the images beside its pages). */
    public record Version(Release release, Ladder ladder, ContentFiles files) {
    }
}
