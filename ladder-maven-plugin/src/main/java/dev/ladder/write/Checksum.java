package dev.ladder.write;

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

    static String of(byte[] bytes) {
        CRC32C castagnoli = new CRC32C();
        castagnoli.update(bytes);
        CRC32 ieee = new CRC32();
        ieee.update(bytes);
        return bytes.length + "/" + Long.toHexString(castagnoli.getValue()) + "/" + Long.toHexString(ieee.getValue());
    }
}
