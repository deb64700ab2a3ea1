package dev.ladder.load;

import dev.ladder.problem.Problems;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A content folder as it was in a git commit, read straight from the repository with JGit: no copy
 * on disk, no git program. Its files have the paths they would have if that commit were checked out,
 * so problems name them as they would in the working tree. Like a checkout, it holds only regular files.
 */
public final class GitTree implements ContentTree {

    private final Repository repository;
    private final Path root;
    private final Map<Path, ObjectId> files;
    private final Map<Path, List<Path>> folders;

    private GitTree(Repository repository, Path root, Map<Path, ObjectId> files, Map<Path, List<Path>> folders) {
        this.repository = repository;
        this.root = root;
        this.files = files;
        this.folders = folders;
    }

    static GitTree of(Repository repository, ObjectId commit, Path workTree, String folder) throws IOException {
        Map<Path, ObjectId> files = new HashMap<>();
        Map<Path, List<Path>> folders = new HashMap<>();
        try (RevWalk revWalk = new RevWalk(repository); TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(revWalk.parseCommit(commit).getTree());
            walk.setRecursive(true);
            if (!folder.isEmpty()) {
                walk.setFilter(PathFilter.create(folder));
            }
            while (walk.next()) {
                FileMode mode = walk.getFileMode(0);
                Path file = workTree.resolve(walk.getPathString()).normalize();
                if ((mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE) && file.startsWith(workTree)) {
                    files.put(file, walk.getObjectId(0));
                    for (Path child = file; !child.equals(workTree); child = child.getParent()) {
                        List<Path> siblings = folders.computeIfAbsent(child.getParent(), parent -> new ArrayList<>());
                        if (siblings.contains(child)) {
                            break;
                        }
                        siblings.add(child);
                    }
                }
            }
        }
        return new GitTree(repository, workTree.resolve(folder).normalize(), files, folders);
    }

    /** Whether the commit has no file in the folder, so that there is no ladder there to read. */
    public boolean isEmpty() {
        return files.keySet().stream().noneMatch(file -> file.startsWith(root));
    }

    @Override
    public Path root() {
        return root;
    }

    @Override
    public Kind kind(Path path) {
        Path normal = path.toAbsolutePath().normalize();
        if (files.containsKey(normal)) {
            return Kind.FILE;
        }
        return folders.containsKey(normal) ? Kind.FOLDER : Kind.NONE;
    }

    /** A commit holds only the files it names: no link to follow out of the folder. */
    @Override
    public boolean allows(Path path, Problems problems) {
        return true;
    }

    @Override
    public List<Path> entries(Path folder) {
        return List.copyOf(folders.getOrDefault(folder.toAbsolutePath().normalize(), List.of()));
    }

    @Override
    public Optional<SourceText> read(Path file, Problems problems) {
        ObjectId id = files.get(file.toAbsolutePath().normalize());
        if (id == null) {
            problems.error(file, 0, kind(file) == Kind.FOLDER ? "is a folder, but a Markdown file is expected here"
                    : "cannot be read: it no longer exists");
            return Optional.empty();
        }
        try {
            ObjectLoader loader = repository.open(id);
            if (loader.getSize() > SourceReader.MAX_BYTES) {
                return SourceReader.tooLarge(file, loader.getSize(), problems);
            }
            return SourceReader.text(file, loader.getBytes(), problems);
        } catch (IOException e) {
            problems.error(file, 0, "cannot be read: the system reported an error while reading it");
            return Optional.empty();
        }
    }

    @Override
    public Optional<byte[]> readBytes(Path file, long limit, TooLarge tooLarge, Problems problems) {
        ObjectId id = files.get(file.toAbsolutePath().normalize());
        if (id == null) {
            problems.error(file, 0, "cannot be read: it no longer exists");
            return Optional.empty();
        }
        try {
            ObjectLoader loader = repository.open(id);
            if (loader.getSize() > limit) {
                problems.error(file, 0, tooLarge.message(loader.getSize() / (1024 * 1024), limit / (1024 * 1024)));
                return Optional.empty();
            }
            return Optional.of(loader.getBytes());
        } catch (IOException e) {
            problems.error(file, 0, "cannot be read: the system reported an error while reading it");
            return Optional.empty();
        }
    }
}
