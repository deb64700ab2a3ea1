package dev.ladder.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * What a file's bytes are checked by from one build to the next: its length and two different
 * 32-bit CRCs. A change that leaves the length and both CRCs as they were has a chance of about one
 * in 2^64. The CRCs, unlike a cryptographic hash, run at memory speed from the first byte, even
 * before the JVM has compiled anything, which is what a rebuild with nothing to do is made of.
 */
final class Checksum {

    /** A buffer per thread: a fingerprint reads every file of the content, most of them a few kilobytes. */
    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[64 * 1024]);

    private Checksum() {
    }

    /** Writes the length and the two CRCs of {@code bytes} to {@code out}, sixteen bytes in all. */
    static void write(ByteArrayOutputStream out, byte[] bytes) {
        CRC32C castagnoli = new CRC32C();
        castagnoli.update(bytes);
        CRC32 ieee = new CRC32();
        ieee.update(bytes);
        write(out, bytes.length, castagnoli.getValue() << 32 | ieee.getValue());
    }

    /** {@link #write(ByteArrayOutputStream, byte[])} for the bytes of a stream, read a buffer at a time. */
    static void write(ByteArrayOutputStream out, InputStream in) throws IOException {
        CRC32C castagnoli = new CRC32C();
        CRC32 ieee = new CRC32();
        byte[] buffer = BUFFER.get();
        long length = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            castagnoli.update(buffer, 0, read);
            ieee.update(buffer, 0, read);
            length += read;
        }
        write(out, length, castagnoli.getValue() << 32 | ieee.getValue());
    }

    private static void write(ByteArrayOutputStream out, long length, long crcs) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            out.write((int) (length >>> shift));
        }
        for (int shift = 56; shift >= 0; shift -= 8) {
            out.write((int) (crcs >>> shift));
        }
    }
}
