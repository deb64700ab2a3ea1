package dev.ladder.diff;

import dev.ladder.problem.NearestName;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The git repository a ladder lives in, read with JGit so that no git program is needed: which
 * commit a ref names, and the files of a folder as they were in that commit.
 */
final class GitRepository implements AutoCloseable {

    private final Repository repository;

    private GitRepository(Repository repository) {
        this.repository = repository;
    }

    /** The repository that holds {@code directory}, searching upwards as git does; empty when there is none. */
    static Optional<GitRepository> find(Path directory) throws IOException {
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

    Path workTree() {
        return repository.getWorkTree().toPath();
    }

    /** The commit {@code ref} names, or why it names none, in words for the reader. */
    Resolved resolve(String ref) throws IOException {
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
     * Writes the files under {@code folder} (a path inside the repository, with forward slashes; {@code ""}
     * for all) as they were in {@code commit} into {@code target}, at the same relative paths.
     *
     * @return whether the folder existed in that commit
     */
    boolean export(String commit, String folder, Path target) throws IOException {
        try (RevWalk revWalk = new RevWalk(repository); TreeWalk walk = new TreeWalk(repository)) {
            RevCommit revCommit = revWalk.parseCommit(ObjectId.fromString(commit));
            walk.addTree(revCommit.getTree());
            walk.setRecursive(true);
            if (!folder.isEmpty()) {
                walk.setFilter(PathFilter.create(folder));
            }
            boolean found = false;
            while (walk.next()) {
                FileMode mode = walk.getFileMode(0);
                if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
                    continue;
                }
                found = true;
                Path file = target.resolve(walk.getPathString()).normalize();
                if (!file.startsWith(target)) {
                    continue;
                }
                Files.createDirectories(file.getParent());
                try (OutputStream out = Files.newOutputStream(file)) {
                    repository.open(walk.getObjectId(0)).copyTo(out);
                }
            }
            return found;
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
    record Resolved(String commit, String failure) {

        static Resolved failure(String why) {
            return new Resolved(null, why);
        }
    }
}
