package dev.ladder.load;

import dev.ladder.problem.IoReason;
import dev.ladder.problem.Problems;
import dev.ladder.work.Workers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Lists a content folder (on disk or in a git commit), Hugo-style: {@code _index.md} for the home page and each track, one file per level. */
public final class ContentLoader {

    public static final String INDEX = "_index.md";
    /** The ladder's optional history of changes, shown as its own page. */
    public static final String CHANGELOG = "CHANGELOG.md";
    /** File and folder names become parts of addresses, so they stay within what needs no escaping. */
    public static final Pattern SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    /** Names the site uses for its own pages and files, which a track or a level would overwrite. */
    private static final Set<String> RESERVED_TRACKS = Set.of("assets", "versions");
    public static final Set<String> RESERVED_LEVELS = Set.of("index", "matrix", "print");
    /** Level names whose ids in a track's booklet ({@code <name>-title}) are the booklet's own parts. */
    private static final Set<String> BOOKLET_PARTS = Set.of("cover", "overview");

    private ContentLoader() {
    }

    /**
     * Lists a content folder and reads its overviews, each track folder on {@code workers}; the level
     * files are only named: a build reads those in parallel and lets go of each once it is in the model.
     */
    public static ContentFiles list(ContentTree tree, Problems problems, Workers workers) {
        Path directory = tree.root();
        if (tree.kind(directory) != ContentTree.Kind.FOLDER) {
            problems.error(directory, 0, tree.kind(directory) != ContentTree.Kind.NONE
                    ? "is a file, but the content must be a folder" : "content folder does not exist");
            return new ContentFiles(tree, null, List.of(), null);
        }
        Document home = index(tree, directory, "the home page", problems);
        List<Path> folders = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        for (Path child : children(tree, directory, problems)) {
            String name = child.getFileName().toString();
            if (name.equals(INDEX)) {
                continue; // read above as the home page, whatever it is
            }
            if (!name.equals(CHANGELOG) && !tree.allows(child, problems)) {
                continue;
            }
            if (tree.kind(child) == ContentTree.Kind.FOLDER) {
                if (!validName(child, name, problems) || reserved(child, name, RESERVED_TRACKS, problems)) {
                    continue;
                }
                // Two folders that differ only in case would overwrite each other's pages on many file systems.
                Path other = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), child);
                if (other != null) {
                    problems.error(child, 0, "track folder '" + name + "' differs from '" + other.getFileName()
                            + "' only in capital letters, so both would get the same web address; "
                            + "rename or merge one of the folders");
                    continue;
                }
                folders.add(child);
            } else if (name.endsWith(".md") && !name.equals(INDEX) && !name.equals(CHANGELOG)) {
                problems.warning(child, 0, 0, "is not used: level files belong in a track folder");
            }
        }
        List<ContentFiles.TrackFiles> tracks = problems.collect(workers, folders,
                (folder, found) -> track(tree, folder, folder.getFileName().toString(), found));
        Path changelog = directory.resolve(CHANGELOG);
        SourceText changes = tree.kind(changelog) == ContentTree.Kind.FILE && tree.allows(changelog, problems)
                ? tree.read(changelog, problems).orElse(null) : null;
        return new ContentFiles(tree, home, List.copyOf(tracks), changes);
    }

    /** Reads one content file: its text as strict UTF-8, split into front matter and body. */
    static Optional<Document> read(ContentTree tree, Path file, Problems problems) {
        return tree.document(file, problems);
    }

    private static ContentFiles.TrackFiles track(ContentTree tree, Path directory, String slug, Problems problems) {
        Document index = index(tree, directory, "the track", problems);
        List<Path> levels = new ArrayList<>();
        List<Path> unreadable = new ArrayList<>();
        List<Path> misnamed = new ArrayList<>();
        List<Path> resources = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        for (Path child : children(tree, directory, problems)) {
            String name = child.getFileName().toString();
            if (!name.equals(INDEX) && !tree.allows(child, problems)) {
                if (name.endsWith(".md")) {
                    unreadable.add(child);
                }
                continue;
            }
            if (!name.endsWith(".md") || name.equals(INDEX)) {
                if (tree.kind(child) == ContentTree.Kind.FOLDER && !name.equals(INDEX)) {
                    List<Path> images = PageResources.inFolder(tree, child, 1, problems);
                    if (images.isEmpty()) {
                        problems.warning(child, 0, 0, "is ignored: a track holds level files and images, not "
                                + "folders of other files");
                    }
                    resources.addAll(images);
                } else if (PageResources.isImage(child)) {
                    if (PageResources.checked(tree, child, problems)) {
                        resources.add(child);
                    }
                } else if (!ContentFiles.TrackFiles.renamed(child).equalsIgnoreCase(INDEX)
                        && MisnamedFiles.looksLikeALevel(tree, child)) {
                    misnamed.add(child);
                }
                continue;
            }
            String level = name.substring(0, name.length() - 3);
            if (validName(child, level, problems) && !reserved(child, level, RESERVED_LEVELS, problems)
                    && !bookletPart(child, level, problems) && !sameButForCase(child, seen, problems)) {
                levels.add(child);
            } else {
                unreadable.add(child);
            }
        }
        return new ContentFiles.TrackFiles(slug, directory, index, List.copyOf(levels), List.copyOf(unreadable),
                List.copyOf(misnamed), List.copyOf(resources));
    }

    private static Document index(ContentTree tree, Path directory, String what, Problems problems) {
        Path file = directory.resolve(INDEX);
        if (tree.kind(file) == ContentTree.Kind.NONE) {
            Optional<Path> misnamed = misnamedIndex(tree, directory, problems);
            if (misnamed.isPresent()) {
                problems.error(misnamed.get(), 0, "is not read, since only files ending in '.md' are read, so "
                        + what + " has no " + INDEX + ": rename it to '" + INDEX + "'");
            } else {
                problems.error(file, 0, "is missing: " + what + " needs an " + INDEX + " with at least a title");
            }
            return null;
        }
        if (!tree.allows(file, problems)) {
            return null;
        }
        return read(tree, file, problems).orElse(null);
    }

    /** An {@code _index} saved under another extension ({@code _index.markdown}, {@code _index.MD}). */
    private static Optional<Path> misnamedIndex(ContentTree tree, Path directory, Problems problems) {
        return children(tree, directory, problems).stream()
                .filter(child -> ContentFiles.TrackFiles.renamed(child).equalsIgnoreCase(INDEX))
                .filter(child -> MisnamedFiles.looksLikeALevel(tree, child)).findFirst();
    }

    private static boolean validName(Path path, String name, Problems problems) {
        if (SLUG.matcher(name).matches()) {
            return true;
        }
        problems.error(path, 0, "name '" + name + "' cannot be part of a web address; "
                + "use letters, digits, '-' and '_' only");
        return false;
    }

    private static boolean reserved(Path path, String name, Set<String> names, Problems problems) {
        if (!names.contains(name.toLowerCase(Locale.ROOT))) {
            return false;
        }
        problems.error(path, 0, "name '" + name + "' is taken by a page the site makes itself; rename it");
        return true;
    }

    private static boolean bookletPart(Path path, String name, Problems problems) {
        if (!BOOKLET_PARTS.contains(name.toLowerCase(Locale.ROOT))) {
            return false;
        }
        problems.error(path, 0, "name '" + name + "' is taken by a part of the track's booklet (print.html); "
                + "rename the file");
        return true;
    }

    /** Level files that differ only in case would overwrite each other's pages on many file systems. */
    private static boolean sameButForCase(Path file, Map<String, Path> seen, Problems problems) {
        String name = file.getFileName().toString();
        Path other = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), file);
        if (other == null) {
            return false;
        }
        problems.error(file, 0, "level file '" + name + "' differs from '" + other.getFileName()
                + "' only in capital letters, so both would get the same web address; rename or merge one of the "
                + "files");
        return true;
    }

    static List<Path> children(ContentTree tree, Path directory, Problems problems) {
        try {
            return tree.entries(directory).stream().filter(path -> !path.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.error(directory, 0, "cannot be listed (" + IoReason.of(e) + "); check the folder's permissions");
            return List.of();
        }
    }
}
