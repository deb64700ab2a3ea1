package dev.ladder.problem;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;

/**
 * Why a file operation failed, in words for a message. A file-system exception's own message is the
 * absolute path it failed on (often a temporary folder the user never made), so only its reason is kept.
 */
public final class IoReason {

    private IoReason() {
    }

    public static String of(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException failure) {
            return failure.getReason() == null ? "the system refused" : failure.getReason();
        }
        return e.getMessage() == null ? "the system reported an error" : e.getMessage();
    }
}
