package dev.ladder.load;

import dev.ladder.problem.Problems;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a content file as strict UTF-8: a wrong byte is reported at its line, never silently replaced. */
public final class SourceReader {

    private SourceReader() {
    }

    public static Optional<SourceText> read(Path file, Problems problems) {
        if (Files.isDirectory(file)) {
            problems.error(file, 0, "is a directory, but a Markdown file is expected here");
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            problems.error(file, 0, "cannot be read: permission denied");
            return Optional.empty();
        } catch (IOException e) {
            problems.error(file, 0, "cannot be read: " + e.getMessage());
            return Optional.empty();
        }
        return decode(file, bytes, problems).map(text -> new SourceText(file, normalise(text)));
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
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            problems.error(file, line, offset - lineStart + 1, String.format(
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
