package dev.ladder.init;

import dev.ladder.load.ContentLoader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checks what the editor typed for {@code ladder:init}, and derives the names the new repository uses. */
final class ScaffoldInput {

    private final InitOptions options;

    ScaffoldInput(InitOptions options) {
        this.options = options;
    }

    /** One message per mistake in the title or the level codes. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        String title = options.title();
        if (title == null || title.isBlank()) {
            problems.add("ladder.title is empty; give the ladder a name, such as "
                    + "-Dladder.title=\"Acme Engineering Ladder\"");
        } else if (title.chars().anyMatch(Character::isISOControl)) {
            problems.add("ladder.title has a line break or another control character; write the name on one line");
        }
        List<String> levels = options.levels();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < levels.size(); i++) {
            String code = levels.get(i);
            if (code.isEmpty()) {
                problems.add("ladder.levels '" + String.join(",", levels) + "' has no level code at position "
                        + (i + 1) + "; write the codes lowest first, separated by commas, such as "
                        + InitOptions.DEFAULT_LEVELS);
            } else if (!ContentLoader.SLUG.matcher(code).matches()) {
                problems.add("level code '" + code + "' in ladder.levels names the level's file, so it may hold "
                        + "only letters, digits, '-' and '_', and must start with a letter or a digit");
            } else if (ContentLoader.RESERVED_LEVELS.contains(slug(code))) {
                problems.add("level code '" + code + "' in ladder.levels would name its file " + slug(code)
                        + ".md, and the site uses " + slug(code) + ".html for a page of its own; choose another code");
            } else if (!seen.add(slug(code))) {
                problems.add("level code '" + code + "' is listed twice in ladder.levels (case is ignored, as it is "
                        + "in file names on many systems); list each level once");
            }
        }
        return problems;
    }

    /** A level's file name, without {@code .md}. */
    static String slug(String code) {
        return code.toLowerCase(Locale.ROOT);
    }

    /** The pom's artifactId: the folder's name, as Maven accepts it. */
    static String artifactId(Path directory) {
        Path name = directory.toAbsolutePath().normalize().getFileName();
        String id = name == null ? "" : name.toString().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[-.]+|[-.]+$", "");
        return id.isEmpty() ? "ladder" : id;
    }
}
