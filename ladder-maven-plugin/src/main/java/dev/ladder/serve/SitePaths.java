package dev.ladder.serve;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Turns a request's path into a file of the site, refusing anything that could lead outside it.
 *
 * <p>Each segment is decoded on its own, so {@code %2e%2e} and {@code %2f} are judged as what they
 * spell; a segment that is empty, {@code .} or {@code ..}, hidden, or holds a slash, backslash, colon or
 * control character is refused. The file found must be the very file named: a symbolic link anywhere on
 * the way is refused too.
 *
 * @param base the path the site is served under, starting and ending with {@code /}
 */
record SitePaths(String base) {

    SitePaths {
        if (!base.startsWith("/") || !base.endsWith("/")) {
            throw new IllegalArgumentException("base must start and end with /: " + base);
        }
    }

    /** The path under which the site is served: the path of {@code baseUrl}, or {@code /}. */
    static SitePaths of(String baseUrl) {
        String path = "/";
        if (baseUrl != null && !baseUrl.isBlank()) {
            try {
                String parsed = URI.create(baseUrl.strip()).getPath();
                if (parsed != null && !parsed.isEmpty()) {
                    path = parsed.startsWith("/") ? parsed : "/" + parsed;
                }
            } catch (IllegalArgumentException e) {
                // An address the build itself reports on; the preview serves from the root meanwhile.
            }
        }
        return new SitePaths(path.endsWith("/") ? path : path + "/");
    }

    /**
     * The site path a raw request path names, such as {@code eng/p1.html} or {@code eng/} for a folder,
     * or empty when it is outside the base or refused.
     */
    Optional<String> sitePath(String rawPath) {
        if (rawPath == null || !rawPath.startsWith(base)) {
            return Optional.empty();
        }
        String rest = rawPath.substring(base.length());
        if (rest.isEmpty()) {
            return Optional.of("");
        }
        boolean folder = rest.endsWith("/");
        StringBuilder path = new StringBuilder();
        for (String raw : (folder ? rest.substring(0, rest.length() - 1) : rest).split("/", -1)) {
            Optional<String> segment = segment(raw);
            if (segment.isEmpty()) {
                return Optional.empty();
            }
            path.append(path.length() == 0 ? "" : "/").append(segment.get());
        }
        return Optional.of(folder ? path + "/" : path.toString());
    }

    private static Optional<String> segment(String raw) {
        String name;
        try {
            name = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (name.isEmpty() || name.startsWith(".") || name.chars().anyMatch(SitePaths::forbidden)) {
            return Optional.empty();
        }
        return Optional.of(name);
    }

    private static boolean forbidden(int c) {
        return c == '/' || c == '\\' || c == ':' || c < 0x20 || c == 0x7f || c == '\ufffd';
    }

    /**
     * The file at {@code sitePath} under {@code root}, only when it exists as exactly that path, with no
     * symbolic link on the way.
     */
    static Optional<Path> file(Path root, String sitePath) {
        try {
            Path realRoot = root.toRealPath();
            Path file = realRoot.resolve(sitePath).normalize();
            if (!file.startsWith(realRoot) || !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            return file.toRealPath().equals(file) ? Optional.of(file) : Optional.empty();
        } catch (IOException | InvalidPathException e) {
            return Optional.empty();
        }
    }
}
