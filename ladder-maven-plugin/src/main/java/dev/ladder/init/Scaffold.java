package dev.ladder.init;

import dev.ladder.problem.IoReason;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code ladder:init}: writes a new ladder repository (pom, content, templates note, editors' README and CI
 * workflows) into a folder, or nothing at all when any of its files is already there. It never replaces a file.
 */
public final class Scaffold {

    private Scaffold() {
    }

    public static InitResult init(InitOptions options) {
        List<String> problems = new ArrayList<>(new ScaffoldInput(options).problems());
        if (!problems.isEmpty()) {
            return InitResult.refused(problems);
        }
        Path directory = options.directory().toAbsolutePath().normalize();
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            return InitResult.refused(List.of("'" + directory + "' is a file, not a folder: init writes a new "
                    + "ladder repository into a folder, so give it a new or empty one"));
        }
        Map<String, String> files = ScaffoldFiles.render(options);
        List<String> existing = existing(directory, files.keySet());
        if (!existing.isEmpty()) {
            return InitResult.refused(List.of("'" + directory + "' already has " + String.join(", ", existing)
                    + ": init never replaces a file, so it wrote nothing; run it in a new or empty folder, "
                    + "or move these away first"));
        }
        problems.addAll(ScaffoldCheck.problems(files));
        if (!problems.isEmpty()) {
            return InitResult.refused(problems);
        }
        return write(directory, files);
    }

    /**
     * Folders other tools share, where the new repository claims only its own files: workflows beside others in
     * {@code .github}, and Maven's JVM options beside a Maven wrapper or extensions in {@code .mvn}.
     */
    private static final List<String> SHARED_FOLDERS = List.of(".github/", ".mvn/");

    /**
     * What the new repository would take the place of: its top-level files and its content and templates folders
     * as a whole (a ladder mixed into another would not build), but only its own files within the
     * {@link #SHARED_FOLDERS}, which may exist, as long as they are folders.
     */
    private static List<String> existing(Path directory, Set<String> paths) {
        Set<String> claimed = new LinkedHashSet<>();
        for (String path : paths) {
            int slash = path.indexOf('/');
            if (slash > 0 && SHARED_FOLDERS.stream().noneMatch(path::startsWith)) {
                claimed.add(path.substring(0, slash + 1));
                continue;
            }
            for (int end = path.indexOf('/'); end > 0; end = path.indexOf('/', end + 1)) {
                Path folder = directory.resolve(path.substring(0, end));
                if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)
                        && !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                    claimed.add(path.substring(0, end));
                }
            }
            claimed.add(path);
        }
        return claimed.stream()
                .filter(path -> Files.exists(directory.resolve(path), LinkOption.NOFOLLOW_LINKS))
                .toList();
    }

    private static InitResult write(Path directory, Map<String, String> files) {
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = directory.resolve(file.getKey());
            try {
                Files.createDirectories(target.getParent());
                // CREATE_NEW: a file that appeared since the check above is still not replaced.
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            } catch (IOException e) {
                String before = written.isEmpty() ? "nothing before it"
                        : "only " + String.join(", ", written) + " before it";
                return new InitResult(written, List.of("cannot write " + file.getKey() + " in '" + directory
                        + "' (" + IoReason.of(e) + "); init wrote " + before + ", and replaced nothing"));
            }
            written.add(file.getKey());
        }
        return new InitResult(written, List.of());
    }
}
