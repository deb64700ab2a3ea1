package dev.ladder.write;

import dev.ladder.Workers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * One hash of everything a site is made from: every content file the build can read (names and
 * bytes), every file of the templates folder, the options that shape pages, and the plugin itself
 * (its jar or classes, so a new version of Ladder never reuses an older one's pages). Equal
 * fingerprints mean equal sites, since a build is a function of these and nothing else.
 *
 * <p>Absolute paths are left out, so a project that is moved or checked out elsewhere keeps its fingerprint.
 */
public final class InputFingerprint {

    private static final String FORMAT = "ladder-inputs 1";
    private static volatile String engine;

    private InputFingerprint() {
    }

    /**
     * @param options  the options that change what pages hold, written out as text
     * @return the fingerprint, or empty when a file could not be read: then the build simply reads everything
     */
    public static Optional<String> of(Path content, Path templates, String options, Workers workers) {
        try {
            MessageDigest all = sha256();
            update(all, FORMAT);
            update(all, engine());
            update(all, System.getProperty("java.version", ""));
            update(all, options);
            update(all, "content");
            tree(all, content, 2, false, workers);
            update(all, "templates");
            if (templates != null && Files.isDirectory(templates)) {
                tree(all, templates, Integer.MAX_VALUE, true, workers);
            }
            return Optional.of(HexFormat.of().formatHex(all.digest()));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /**
     * Adds the names, kinds and bytes of the files under {@code root}, in name order. The content
     * loader reads two levels deep and skips hidden names; the theme reads every file of its folder.
     */
    private static void tree(MessageDigest all, Path root, int depth, boolean hidden, Workers workers)
            throws IOException {
        List<Path> entries = new ArrayList<>();
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), depth, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                if (!dir.equals(root) && !hidden && dir.getFileName().toString().startsWith(".")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                entries.add(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (hidden || !file.getFileName().toString().startsWith(".")) {
                    entries.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                throw e;
            }
        });
        entries.sort(null);
        List<byte[]> hashes = workers.map(entries, entry -> {
            if (Files.isDirectory(entry)) {
                return new byte[0];
            }
            try {
                return sha256().digest(Files.readAllBytes(entry));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        for (int i = 0; i < entries.size(); i++) {
            update(all, root.relativize(entries.get(i)).toString().replace('\\', '/'));
            all.update(hashes.get(i).length == 0 ? new byte[] {'d'} : hashes.get(i));
        }
    }

    /** The plugin's own code and theme: its jar, or its classes folder when run from a build of Ladder. */
    private static String engine() throws IOException {
        String known = engine;
        if (known != null) {
            return known;
        }
        CodeSource source = InputFingerprint.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            throw new IOException("the plugin's code cannot be found");
        }
        Path location;
        try {
            location = Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("the plugin's code cannot be found", e);
        }
        MessageDigest digest = sha256();
        if (Files.isDirectory(location)) {
            try (Workers single = new Workers(1)) {
                tree(digest, location, Integer.MAX_VALUE, true, single);
            }
        } else {
            digest.update(Files.readAllBytes(location));
        }
        known = HexFormat.of().formatHex(digest.digest());
        engine = known;
        return known;
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
