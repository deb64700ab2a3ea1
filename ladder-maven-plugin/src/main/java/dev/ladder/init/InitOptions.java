package dev.ladder.init;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * What {@code ladder:init} writes and where.
 *
 * @param directory the folder that becomes the ladder repository; created when missing
 * @param title the ladder's name, as the editor typed it
 * @param levels the level codes, lowest first, as the editor typed them (checked by {@link Scaffold})
 * @param plugin the plugin the new repository's pom uses: the one running {@code init}
 */
public record InitOptions(Path directory, String title, List<String> levels, PluginCoordinates plugin) {

    public static final String DEFAULT_TITLE = "Engineering Career Ladder";
    public static final String DEFAULT_LEVELS = "P1,P2,P3";

    public InitOptions {
        levels = List.copyOf(levels);
    }

    /** Splits {@code P1,P2,P3} at its commas; blanks stay, so that the check can name them. */
    public static List<String> splitLevels(String levels) {
        return Arrays.stream(levels.split(",", -1)).map(String::strip).toList();
    }

    /** The Maven coordinates of a plugin, as the pom's {@code <plugin>} element names it. */
    public record PluginCoordinates(String groupId, String artifactId, String version) {
    }
}
