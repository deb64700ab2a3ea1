package dev.ladder.load;

import dev.ladder.problem.Problems;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a content file as strict UTF-8: a wrong byte is reported at its line, never silently replaced. */
public final class SourceReader {

    static final long MAX_BYTES = 16L * 1024 * 1024;

    private SourceReader() {
    }

    public static Optional<SourceText> read(Path file, Problems problems) {
        return read(file, problems, ReadLog.NONE);
    }

    /** {@link #read(Path, Problems)}, telling {@code log} the bytes read, before they are decoded. */
    public static Optional<SourceText> read(Path file, Problems problems, ReadLog log) {
        if (Files.isDirectory(file)) {
            problems.error(file, 0, "is a folder, but a Markdown file is expected here");
            return Optional.empty();
        }
        // A file this large is not a ladder page (a renamed video, say); reading it could exhaust memory.
        return bytes(file, MAX_BYTES, (size, limit) -> "is too large to be a ladder page (" + size
                + " MB; the limit is " + limit + " MB)", problems, log).flatMap(bytes -> text(file, bytes, problems));
    }

    /**
     * A file's bytes, its size checked before it is opened and again while it is read, telling {@code log}
     * the bytes read.
     */
    static Optional<byte[]> bytes(Path file, long limit, ContentTree.TooLarge tooLarge, Problems problems,
                                  ReadLog log) {
        Optional<String> unreadable = whyUnreadable(file);
        if (unreadable.isPresent()) {
            problems.error(file, 0, "cannot be read: " + unreadable.get());
            return Optional.empty();
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > limit) {
                problems.error(file, 0, tooLarge.message(size / (1024 * 1024), limit / (1024 * 1024)));
                return Optional.empty();
            }
            // Read no more than the limit allows, even should the file grow after its size was taken.
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) limit + 1);
            }
            if (bytes.length > limit) {
                problems.error(file, 0, tooLarge.message(Math.max(Files.size(file), bytes.length) / (1024 * 1024),
                        limit / (1024 * 1024)));
                return Optional.empty();
            }
        } catch (AccessDeniedException e) {
            problems.error(file, 0, "cannot be read: permission denied; check the file's permissions");
            return Optional.empty();
        } catch (FileSystemException e) {
            // The exception's own message repeats the absolute path; the reason alone is what helps.
            problems.error(file, 0, "cannot be read: " + (e.getReason() == null ? "the system refused" : e.getReason()));
            return Optional.empty();
        } catch (IOException e) {
            problems.error(file, 0, "cannot be read: the system reported an error while reading it");
            return Optional.empty();
        }
        log.read(file, bytes);
        return Optional.of(bytes);
    }

    /** The text of a file's bytes, however they were read: from disk or from a git commit. */
    static Optional<SourceText> text(Path file, byte[] bytes, Problems problems) {
        return decode(file, bytes, problems).map(text -> new SourceText(file, normalise(text)));
    }

    /** Reports a file too large to be a ladder page. */
    static Optional<SourceText> tooLarge(Path file, long size, Problems problems) {
        problems.error(file, 0, "is too large to be a ladder page (" + size / (1024 * 1024)
                + " MB; the limit is " + MAX_BYTES / (1024 * 1024) + " MB)");
        return Optional.empty();
    }

    /** Refuses what is not a plain file before opening it: reading a named pipe or a device would never end. */
    private static Optional<String> whyUnreadable(Path file) {
        if (Files.isRegularFile(file)) {
            return Optional.empty();
        }
        if (Files.isSymbolicLink(file)) {
            return Optional.of(Files.exists(file) ? "it is a link to something that is not a file"
                    : "it is a link to a file that does not exist (or a link that points back to itself)");
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("it no longer exists");
        }
        return Optional.of("it is not a regular file (it may be a pipe or a device)");
    }

    private static Optional<String> decode(Path file, byte[] bytes, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            return Optional.of(decoder.decode(buffer).toString());
        } catch (MalformedInputException e) {
            int offset = buffer.position();
            int lineStart = offset;
            while (lineStart > 0 && bytes[lineStart - 1] != '\n' && bytes[lineStart - 1] != '\r') {
                lineStart--;
            }
            String before = new String(bytes, 0, offset, StandardCharsets.UTF_8);
            // Counted as the rest of the engine counts: after the BOM is dropped and CRLF or CR became LF.
            int line = (int) normalise(before).chars().filter(c -> c == '\n').count() + 1;
            String lineBefore = normalise(new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8));
            // Editors count columns in characters, not bytes.
            int column = lineBefore.codePointCount(0, lineBefore.length()) + 1;
            problems.error(file, line, column, String.format(
                    "is not valid UTF-8 text (byte 0x%02X); save the file with UTF-8 encoding",
                    bytes[Math.min(offset, bytes.length - 1)] & 0xFF));
            return Optional.empty();
        } catch (CharacterCodingException e) {
            problems.error(file, 0, "is not valid UTF-8 text; save the file with UTF-8 encoding");
            return Optional.empty();
        }
    }

    /** Drops a byte-order mark and turns CRLF and lone CR into LF. */
    static String normalise(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return withoutBom.indexOf('\r') < 0 ? withoutBom : withoutBom.replace("\r\n", "\n").replace('\r', '\n');
    }
}
