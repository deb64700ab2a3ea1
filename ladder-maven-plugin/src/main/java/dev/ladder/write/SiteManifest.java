package dev.ladder.write;

import dev.ladder.problem.Problem;
import dev.ladder.problem.Severity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the last successful build wrote, kept in the output folder's marker file: the fingerprint of
 * its inputs, every file with its size, its counts and its warnings. A build whose inputs have the
 * same fingerprint, over an output that still matches the list, has nothing to do.
 *
 * <p>The text holds no time and no absolute path, so two builds of the same ladder leave the same bytes.
 *
 * @param inputs   the fingerprint of everything the site is made from, see {@link InputFingerprint}
 * @param files    every file of the site but the marker, by site path, with its size in bytes
 * @param warnings the warnings of that build, to be reported again when nothing has changed
 */
public record SiteManifest(String inputs, int tracks, int levels, int pages, Map<String, Long> files,
                           List<Problem> warnings) {

    /** The marker's first line, as every earlier version of Ladder wrote it. */
    static final String HEADER = "Written by Ladder; replaced whole on each build.";
    private static final String FORMAT = "ladder-manifest 1";

    public SiteManifest {
        files = Collections.unmodifiableMap(new TreeMap<>(files));
        warnings = List.copyOf(warnings);
    }

    /**
     * The manifest in {@code output}'s marker, or empty when there is none or it is from a version of
     * Ladder that kept none: then the next build writes every file.
     *
     * @param content the content folder, against which warnings' files were recorded
     */
    public static Optional<SiteManifest> read(Path output, Path content) {
        List<String> lines;
        try {
            lines = Files.readAllLines(output.resolve(OutputGuard.MARKER), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.size() < 6 || !lines.get(1).equals(FORMAT)) {
            return Optional.empty();
        }
        try {
            String inputs = value(lines.get(2), "inputs");
            int tracks = Integer.parseInt(value(lines.get(3), "tracks"));
            int levels = Integer.parseInt(value(lines.get(4), "levels"));
            int pages = Integer.parseInt(value(lines.get(5), "pages"));
            Map<String, Long> files = new TreeMap<>();
            List<Problem> warnings = new ArrayList<>();
            for (String line : lines.subList(6, lines.size())) {
                if (line.startsWith("file\t")) {
                    int tab = line.indexOf('\t', 5);
                    if (tab < 0) {
                        return Optional.empty();
                    }
                    files.put(unescape(line.substring(tab + 1)), Long.parseLong(line, 5, tab, 10));
                    continue;
                }
                String[] parts = line.split("\t", -1);
                if (parts[0].equals("warning") && parts.length == 5) {
                    warnings.add(new Problem(file(unescape(parts[3]), content), Integer.parseInt(parts[1]),
                            Integer.parseInt(parts[2]), Severity.WARNING, unescape(parts[4])));
                } else {
                    return Optional.empty();
                }
            }
            return Optional.of(new SiteManifest(inputs, tracks, levels, pages, files, warnings));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The marker's text. */
    public String text(Path content) {
        StringBuilder out = new StringBuilder(64 + files.size() * 40);
        out.append(HEADER).append('\n').append(FORMAT).append('\n')
                .append("inputs ").append(inputs).append('\n')
                .append("tracks ").append(tracks).append('\n')
                .append("levels ").append(levels).append('\n')
                .append("pages ").append(pages).append('\n');
        for (Problem warning : warnings) {
            out.append("warning\t").append(warning.line()).append('\t').append(warning.column()).append('\t')
                    .append(escape(path(warning.file(), content))).append('\t').append(escape(warning.message()))
                    .append('\n');
        }
        files.forEach((path, size) -> out.append("file\t").append(size).append('\t').append(escape(path)).append('\n'));
        return out.toString();
    }

    private static String value(String line, String key) {
        if (!line.startsWith(key + " ")) {
            throw new IllegalArgumentException("expected " + key);
        }
        return line.substring(key.length() + 1);
    }

    /** A warning's file: relative to the content folder when inside it, so a moved project keeps its manifest. */
    private static String path(Path file, Path content) {
        if (file == null) {
            return "-";
        }
        return file.startsWith(content) ? "c:" + content.relativize(file).toString().replace('\\', '/')
                : "a:" + file;
    }

    private static Path file(String path, Path content) {
        if (path.equals("-")) {
            return null;
        }
        if (path.startsWith("c:")) {
            return content.resolve(path.substring(2)).normalize();
        }
        if (path.startsWith("a:")) {
            return Path.of(path.substring(2));
        }
        throw new IllegalArgumentException("unknown path " + path);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
