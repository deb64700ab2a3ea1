package dev.ladder.robustness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** A hash of a folder's file names and bytes: equal hashes, same site. */
final class SiteFingerprint {

    private SiteFingerprint() {
    }

    static String of(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return "no folder";
        }
        MessageDigest digest = sha256();
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.sorted().toList();
        }
        for (Path path : paths) {
            String name = folder.relativize(path).toString().replace('\\', '/');
            boolean directory = Files.isDirectory(path);
            digest.update((name + (directory ? "/" : "") + "\0").getBytes(StandardCharsets.UTF_8));
            if (!directory) {
                byte[] bytes = Files.readAllBytes(path);
                digest.update((bytes.length + "\0").getBytes(StandardCharsets.UTF_8));
                digest.update(bytes);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
