package dev.ladder.write;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * What a file's bytes are checked by from one build to the next: its length and two different
 * 32-bit CRCs. A change that leaves the length and both CRCs as they were has a chance of about one
 * in 2^64. The CRCs, unlike a cryptographic hash, run at memory speed from the first byte, even
 * before the JVM has compiled anything, which is what a rebuild with nothing to do is made of.
 */
final class Checksum {

    private Checksum() {
    }

    /** Writes the length and the two CRCs of {@code bytes} to {@code out}, sixteen bytes in all. */
    static void write(ByteArrayOutputStream out, byte[] bytes) {
        CRC32C castagnoli = new CRC32C();
        castagnoli.update(bytes);
        CRC32 ieee = new CRC32();
        ieee.update(bytes);
        long length = bytes.length;
        long crcs = castagnoli.getValue() << 32 | ieee.getValue();
        for (int shift = 56; shift >= 0; shift -= 8) {
            out.write((int) (length >>> shift));
        }
        for (int shift = 56; shift >= 0; shift -= 8) {
            out.write((int) (crcs >>> shift));
        }
    }
}
