package dev.ladder.load;

import dev.ladder.Workers;
import dev.ladder.problem.IoReason;
import dev.ladder.problem.Problems;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads a content folder, Hugo-style: {@code _index.md} for the home page and each track, one file per level. */
public final class ContentLoader {

    public static final String INDEX = "_index.md";
    /** The ladder's optional history of changes, shown as its own page. */
    public static final String CHANGELOG = "CHANGELOG.md";
    /** File and folder names become parts of addresses, so they stay within what needs no escaping. */
    public static final Pattern SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    /** Names the site uses for its own pages and files, which a track or a level would overwrite. */
    private static final Set<String> RESERVED_TRACKS = Set.of("assets");
    public static final Set<String> RESERVED_LEVELS = Set.of("index", "matrix", "print");
    /** Level names whose ids in a track's booklet ({@code <name>-title}) are the booklet's own parts. */
    private static final Set<String> BOOKLET_PARTS = Set.of("cover", "overview");

    private ContentLoader() {
    }

    public static ContentSource load(Path directory, Problems problems) {
        ContentFiles files = list(directory, problems);
        List<TrackSource> tracks = new ArrayList<>();
        for (ContentFiles.TrackFiles track : files.tracks()) {
            List<Document> levels = new ArrayList<>();
            List<Path> unreadable = new ArrayList<>(track.unreadable());
            for (Path level : track.levels()) {
                read(level, problems).ifPresentOrElse(levels::add, () -> unreadable.add(level));
            }
            tracks.add(new TrackSource(track.slug(), track.directory(), track.index(), List.copyOf(levels),
                    List.copyOf(unreadable)));
        }
        return new ContentSource(files.directory(), files.home(), List.copyOf(tracks), files.changelog());
    }

    /**
     * Everything {@link #load} does except reading the level files, which it only names: a build
     * reads those in parallel and lets go of each once it is turned into the model.
     */
    public static ContentFiles list(Path directory, Problems problems) {
        try (Workers inline = new Workers(1)) {
            return list(directory, problems, inline);
        }
    }

    /** {@link #list(Path, Problems)}, with each track folder listed and its overview read on {@code workers}. */
    public static ContentFiles list(Path directory, Problems problems, Workers workers) {
        return list(directory, problems, workers, ReadLog.NONE);
    }

    /** {@link #list(Path, Problems, Workers)}, telling {@code log} the bytes of every file read, then and later. */
    public static ContentFiles list(Path directory, Problems problems, Workers workers, ReadLog log) {
        if (!Files.isDirectory(directory)) {
            problems.error(directory, 0, Files.exists(directory)
                    ? "is a file, but the content must be a folder" : "content folder does not exist");
            return new ContentFiles(directory, null, List.of(), null);
        }
        InsideFolder inside = InsideFolder.of(directory, "content folder");
        Document home = index(directory, "the home page", inside, log, problems);
        List<Path> folders = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        for (Path child : children(directory, problems)) {
            String name = child.getFileName().toString();
            if (name.equals(INDEX)) {
                continue; // read above as the home page, whatever it is
            }
            if (!name.equals(CHANGELOG) && !inside.allows(child, problems)) {
                continue;
            }
            if (Files.isDirectory(child)) {
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
        List<ContentFiles.TrackFiles> tracks = new ArrayList<>();
        for (Listed listed : workers.map(folders, folder -> {
            Problems found = new Problems();
            return new Listed(track(folder, folder.getFileName().toString(), inside, log, found), found);
        })) {
            problems.addAll(listed.problems());
            tracks.add(listed.track());
        }
        Path changelog = directory.resolve(CHANGELOG);
        SourceText changes = Files.isRegularFile(changelog) && inside.allows(changelog, problems)
                ? SourceReader.read(changelog, problems, log).orElse(null) : null;
        return new ContentFiles(directory, home, List.copyOf(tracks), changes, log);
    }

    /** A track folder as a worker listed it, with the problems it found. */
    private record Listed(ContentFiles.TrackFiles track, Problems problems) {
    }

    /** Reads one level file: its text as strict UTF-8, split into front matter and body. */
    public static Optional<Document> read(Path file, Problems problems) {
        return read(file, problems, ReadLog.NONE);
    }

    /** {@link #read(Path, Problems)}, telling {@code log} the bytes read. */
    public static Optional<Document> read(Path file, Problems problems, ReadLog log) {
        return SourceReader.read(file, problems, log).flatMap(text -> FrontMatterParser.parse(text, problems));
    }

    private static ContentFiles.TrackFiles track(Path directory, String slug, InsideFolder inside, ReadLog log,
                                                 Problems problems) {
        Document index = index(directory, "the track", inside, log, problems);
        List<Path> levels = new ArrayList<>();
        List<Path> unreadable = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        for (Path child : children(directory, problems)) {
            String name = child.getFileName().toString();
            if (!name.equals(INDEX) && !inside.allows(child, problems)) {
                if (name.endsWith(".md")) {
                    unreadable.add(child);
                }
                continue;
            }
            if (!name.endsWith(".md") || name.equals(INDEX)) {
                if (Files.isDirectory(child) && !name.equals(INDEX)) {
                    problems.warning(child, 0, 0, "is ignored: a track holds level files, not folders");
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
        return new ContentFiles.TrackFiles(slug, directory, index, List.copyOf(levels), List.copyOf(unreadable));
    }

    private static Document index(Path directory, String what, InsideFolder inside, ReadLog log,
                                  Problems problems) {
        Path file = directory.resolve(INDEX);
        if (!Files.exists(file)) {
            problems.error(file, 0, "is missing: " + what + " needs an " + INDEX + " with at least a title");
            return null;
        }
        if (!inside.allows(file, problems)) {
            return null;
        }
        return read(file, problems, log).orElse(null);
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
                + "' only in capital letters, so both would get the same web address; rename or merge one of the files");
        return true;
    }

    private static List<Path> children(Path directory, Problems problems) {
        try (Stream<Path> stream = Files.list(directory)) {
            return stream.filter(path -> !path.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.error(directory, 0, "cannot be listed (" + IoReason.of(e) + "); check the folder's permissions");
            return List.of();
        }
    }
}
