package dev.ladder.write;

import dev.ladder.work.Workers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
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

    private static final String FORMAT = "ladder-inputs 2";
    /** Files above this size are fingerprinted by size and time, not read: the largest page a build reads. */
    private static final long READ_LIMIT = 16L * 1024 * 1024;
    private static volatile String engine;

    private InputFingerprint() {
    }

    /**
     * @param options  the options that change what pages hold, written out as text
     * @return the fingerprint, or empty when a file could not be read: then the build simply reads everything
     */
    public static Optional<String> of(Path content, Path templates, String options, Workers workers) {
        return of(content, templates, options, workers, new InputSnapshot());
    }

    /** {@link #of(Path, Path, String, Workers)}, telling {@code snapshot} what it saw of each file. */
    public static Optional<String> of(Path content, Path templates, String options, Workers workers,
                                      InputSnapshot snapshot) {
        snapshot.templates(templates, templatesDigest(templates));
        try {
            MessageDigest all = sha256();
            engineAndOptions(all, options);
            update(all, "content");
            content(all, content, workers, snapshot);
            templates(all, templates);
            return Optional.of(HexFormat.of().formatHex(all.digest()));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /**
     * Everything a site is made from but its content: the plugin, the options and the templates folder.
     * A part of the site made from content that cannot change, such as a git commit's, is the same
     * while this is.
     */
    public static Optional<String> theme(Path templates, String options) {
        try {
            MessageDigest all = sha256();
            engineAndOptions(all, options);
            templates(all, templates);
            return Optional.of(HexFormat.of().formatHex(all.digest()));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static void engineAndOptions(MessageDigest all, String options) throws IOException {
        update(all, FORMAT);
        update(all, engine());
        update(all, System.getProperty("java.version", ""));
        update(all, options);
    }

    private static void templates(MessageDigest all, Path templates) throws IOException {
        update(all, "templates");
        if (templates != null && Files.isDirectory(templates)) {
            everyFile(all, templates);
        }
    }

    /**
     * Adds the names and bytes of the content the loader can read: the files and folders of the
     * content folder and of each folder in it, without hidden names, as the loader skips them.
     * Each top folder is listed and read by a worker of its own.
     */
    private static void content(MessageDigest all, Path root, Workers workers, InputSnapshot snapshot)
            throws IOException {
        List<Path> top = entries(root, false);
        List<byte[]> parts = workers.map(top, entry -> {
            try {
                ByteArrayOutputStream part = new ByteArrayOutputStream();
                entry(part, "", entry, false, 1, snapshot);
                return part.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        parts.forEach(all::update);
    }

    /**
     * Adds every file of a folder, hidden ones too: the theme reads every file of the templates
     * folder. The depth is bounded only so that a link from a folder to one above it cannot send
     * this round forever.
     */
    private static void everyFile(MessageDigest all, Path root) throws IOException {
        ByteArrayOutputStream part = new ByteArrayOutputStream();
        for (Path entry : entries(root, true)) {
            entry(part, "", entry, true, 64, null);
        }
        all.update(part.toByteArray());
    }

    /**
     * Writes an entry's name (after {@code folder}, its folder's name within the root) and kind, a
     * file's length and checksums, and a folder's entries down to {@code depth}.
     */
    private static void entry(ByteArrayOutputStream out, String folder, Path entry, boolean hidden, int depth,
                              InputSnapshot snapshot) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class);
        String name = folder + entry.getFileName().toString();
        write(out, name);
        if (attributes.isDirectory()) {
            out.write('d');
            if (depth > 0) {
                for (Path child : entries(entry, hidden)) {
                    entry(out, name + "/", child, hidden, depth - 1, snapshot);
                }
            }
        } else if (attributes.isRegularFile() && attributes.size() > READ_LIMIT) {
            // Larger than any page or template (the build refuses such a page): its size and time stand
            // for its bytes, so a 3 GB video left in the folder costs neither memory nor minutes.
            out.write('l');
            write(out, attributes.size() + " " + attributes.lastModifiedTime().toMillis());
        } else if (attributes.isRegularFile()) {
            out.write('f');
            ByteArrayOutputStream checksum = new ByteArrayOutputStream(16);
            try (InputStream in = Files.newInputStream(entry)) {
                Checksum.write(checksum, in);
            }
            checksum.writeTo(out);
            if (snapshot != null) {
                snapshot.fingerprinted(entry, checksum.toByteArray());
            }
        } else {
            // A pipe or a device is never read: reading it could wait forever.
            out.write('o');
        }
    }

    /** A folder's entries in name order, hidden ones only when asked for. */
    private static List<Path> entries(Path folder, boolean hidden) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path entry : stream) {
                if (hidden || !entry.getFileName().toString().startsWith(".")) {
                    entries.add(entry);
                }
            }
        }
        entries.sort(null);
        return entries;
    }

    /** A digest of every file of the templates folder, or empty when there is none or it cannot be read. */
    static Optional<String> templatesDigest(Path templates) {
        if (templates == null || !Files.isDirectory(templates)) {
            return Optional.empty();
        }
        try {
            MessageDigest digest = sha256();
            everyFile(digest, templates);
            return Optional.of(HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | UncheckedIOException e) {
            return Optional.of("unreadable " + System.nanoTime());
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
            everyFile(digest, location);
        } else {
            digest.update(Files.readAllBytes(location));
        }
        known = HexFormat.of().formatHex(digest.digest());
        engine = known;
        return known;
    }

    private static void update(MessageDigest digest, String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, text);
        digest.update(out.toByteArray());
    }

    /** Text with its length before it, so that no two lists of names run together the same way. */
    private static void write(ByteArrayOutputStream out, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        out.write(':');
        out.writeBytes(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
