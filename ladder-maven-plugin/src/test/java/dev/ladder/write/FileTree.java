package dev.ladder.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every file and folder under a folder with its exact bytes, for comparing two trees with one assertion.
 * Bytes are held as ISO-8859-1 text, which maps each byte to one character, so equal maps mean equal bytes
 * and a failure shows a readable difference.
 */
public final class FileTree {

    private FileTree() {
    }

    /** Relative path (folders end in '/') to content; empty when {@code root} does not exist. */
    public static Map<String, String> of(Path root) {
        Map<String, String> tree = new TreeMap<>();
        if (!Files.exists(root)) {
            return tree;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(path -> !path.equals(root)).toList()) {
                String name = root.relativize(path).toString().replace('\\', '/');
                if (Files.isDirectory(path)) {
                    tree.put(name + "/", "");
                } else {
                    tree.put(name, new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tree;
    }
}
