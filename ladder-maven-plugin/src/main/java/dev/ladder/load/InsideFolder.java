package dev.ladder.load;

import dev.ladder.problem.Problems;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps a build to the files of one folder: a symbolic link is followed only when what it leads to,
 * after every link on the way is resolved, is inside that folder. A link that leads elsewhere (to
 * {@code /etc/passwd}, to the build's environment, to a file of another project) is an error at the
 * link's own path, so a pull request cannot publish a file of the machine that builds it.
 *
 * @param root     the folder as given, for messages
 * @param realRoot the folder with its own links resolved, or {@code null} when it does not exist
 * @param what     the folder's name in messages, such as "content folder"
 */
public record InsideFolder(Path root, Path realRoot, String what) {

    public static InsideFolder of(Path root, String what) {
        try {
            return new InsideFolder(root, root.toRealPath(), what);
        } catch (IOException e) {
            return new InsideFolder(root, null, what);
        }
    }

    /**
     * Whether {@code path} may be read: it is not a link, or every link on its way stays inside the
     * folder. A link that leads nowhere passes, for the reader to report as it does any missing file.
     */
    public boolean allows(Path path, Problems problems) {
        if (escapes(path)) {
            problems.error(path, 0, "is a link to something outside the " + what + "; a ladder may only use "
                    + "files inside its " + what + ", so put the file itself here instead of the link");
            return false;
        }
        return true;
    }

    /** Whether {@code path} resolves outside the folder, without reporting it. */
    public boolean escapes(Path path) {
        if (realRoot == null || !Files.exists(path)) {
            return false;
        }
        try {
            return !path.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }
}
