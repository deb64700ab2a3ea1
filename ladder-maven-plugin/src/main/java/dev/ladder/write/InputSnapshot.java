package dev.ladder.write;

import dev.ladder.load.ReadLog;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What {@link InputFingerprint} saw of each content file, checked against the bytes the loader then
 * reads. A file saved while a build runs could otherwise be fingerprinted in one version and rendered
 * in another; the manifest would then vouch for pages that do not match the content, and every later
 * build would skip them. When any file read differs from (or was not among) those fingerprinted, or
 * the templates changed meanwhile, the build records no fingerprint, so the next build renders again.
 */
public final class InputSnapshot implements ReadLog {

    private final Map<Path, byte[]> checksums = new ConcurrentHashMap<>();
    private final AtomicBoolean differs = new AtomicBoolean();
    private volatile Path templates;
    private volatile Optional<String> templatesDigest = Optional.empty();

    /** Called by the fingerprint for each content file it hashed. */
    void fingerprinted(Path file, byte[] checksum) {
        checksums.put(file, checksum);
    }

    void templates(Path folder, Optional<String> digest) {
        templates = folder;
        templatesDigest = digest;
    }

    @Override
    public void read(Path file, byte[] bytes) {
        ByteArrayOutputStream checksum = new ByteArrayOutputStream(16);
        Checksum.write(checksum, bytes);
        if (!Arrays.equals(checksums.get(file), checksum.toByteArray())) {
            differs.set(true);
        }
    }

    /** Whether every content file was rendered as fingerprinted, and the templates are as they were. */
    public boolean unchanged() {
        return !differs.get() && InputFingerprint.templatesDigest(templates).equals(templatesDigest);
    }
}
