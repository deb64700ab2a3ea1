package dev.ladder.load;

import java.nio.file.Path;

/**
 * Told of the bytes of every content file as the loader read them, so that a build can tell whether
 * what it rendered is exactly what it fingerprinted before (see {@code write.InputSnapshot}).
 */
@FunctionalInterface
public interface ReadLog {

    /** Nothing is kept: for {@code check}, which records no fingerprint. */
    ReadLog NONE = (file, bytes) -> {
    };

    void read(Path file, byte[] bytes);
}
