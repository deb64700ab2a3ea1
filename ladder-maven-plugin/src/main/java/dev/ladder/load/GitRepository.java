package dev.ladder.load;

import dev.ladder.problem.NearestName;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The git repository a ladder lives in, read with JGit so that no git program is needed: which
 * commit a ref names, and the files of a folder as they were in that commit.
 */
public final class GitRepository implements AutoCloseable {

    private final Repository repository;

    private GitRepository(Repository repository) {
        this.repository = repository;
    }

    /** The repository that holds {@code directory}, searching upwards as git does; empty when there is none. */
    public static Optional<GitRepository> find(Path directory) throws IOException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(directory.toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        Repository repository = builder.setMustExist(true).build();
        if (repository.isBare()) {
            repository.close();
            return Optional.empty();
        }
        return Optional.of(new GitRepository(repository));
    }

    public Path workTree() {
        return repository.getWorkTree().toPath();
    }

    /** The commit {@code ref} names, or why it names none, in words for the reader. */
    public Resolved resolve(String ref) throws IOException {
        ObjectId id;
        try {
            id = repository.resolve(ref + "^{commit}");
        } catch (AmbiguousObjectException e) {
            return Resolved.failure("git ref '" + ref + "' is ambiguous: several objects start with it; "
                    + "give more characters of the commit id");
        } catch (RevisionSyntaxException | IncorrectObjectTypeException e) {
            return Resolved.failure("'" + ref + "' is not a git ref or commit; give a branch, a tag or a commit "
                    + "id, such as -Dladder.base=origin/main");
        }
        if (id == null) {
            if (repository.resolve("HEAD") == null) {
                return Resolved.failure("git ref '" + ref + "' does not exist: the repository has no commits yet; "
                        + "commit the ladder once, then compare changes with that commit");
            }
            return Resolved.failure("git ref '" + ref + "' does not exist in the repository at " + workTree()
                    + hint(ref) + "; give a branch, a tag or a commit id, such as -Dladder.base=origin/main");
        }
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = walk.parseCommit(id);
            return new Resolved(commit.getId().name(), null);
        }
    }

    /**
     * The folder {@code folder} of the work tree (a path inside the repository, with forward slashes;
     * {@code ""} for all) as it was in {@code commit}, to be read where it would be checked out.
     */
    public GitTree tree(String commit, String folder) throws IOException {
        return GitTree.of(repository, ObjectId.fromString(commit), workTree().toRealPath(), folder);
    }

    /** The commit a ref names, or empty when it names none (or names something that is not a commit). */
    public Optional<String> commitOf(String ref) throws IOException {
        try {
            ObjectId id = repository.resolve(ref + "^{commit}");
            return id == null ? Optional.empty() : Optional.of(id.name());
        } catch (AmbiguousObjectException | RevisionSyntaxException | IncorrectObjectTypeException e) {
            return Optional.empty();
        }
    }

    /** The repository's tags by short name, in name order. */
    public List<String> tags() throws IOException {
        List<String> names = new ArrayList<>();
        for (Ref tag : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
            names.add(Repository.shortenRefName(tag.getName()));
        }
        names.sort(null);
        return names;
    }

    /** Whether this is a shallow clone (CI's usual checkout), which lacks older commits and often the tags. */
    public boolean shallow() {
        return new File(repository.getDirectory(), "shallow").isFile();
    }

    /** When a commit was made, in seconds since 1970: versions are shown in the order they were made. */
    public long commitTime(String commit) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            return walk.parseCommit(ObjectId.fromString(commit)).getCommitTime();
        }
    }

    /** " (did you mean 'origin/main'?)" when a branch or tag has a name close to {@code ref}. */
    private String hint(String ref) throws IOException {
        List<String> names = new ArrayList<>();
        for (Ref known : repository.getRefDatabase().getRefs()) {
            names.add(Repository.shortenRefName(known.getName()));
        }
        return NearestName.hint(ref, names);
    }

    @Override
    public void close() {
        repository.close();
    }

    /** A resolved commit id, or the reason there is none. */
    public record Resolved(String commit, String failure) {

        static Resolved failure(String why) {
            return new Resolved(null, why);
        }
    }
}
