package dev.ladder.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Finds what a build killed while publishing left, and puts the output back as it was. Only one
 * moment leaves the output wrong: between the two renames of {@link StagedSite#publish}, when the old
 * site is aside and the new one not yet in place. The old site then goes back, whole; the next build
 * publishes the new one. At every other moment the output is whole already: an old site left aside
 * is removed here, a staging folder by the next build before it writes.
 */
public final class InterruptedPublish {

    private InterruptedPublish() {
    }

    /** Run by every build and check before it looks at the output; does nothing when all is well. */
    public static void repair(Path output) {
        try {
            Path out = OutputGuard.resolved(output);
            Path previous = OutputGuard.backup(out);
            if (!OutputGuard.owned(previous)) {
                return;
            }
            if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
                Folders.deleteTree(previous); // killed after the new site was in place: the old one is done with
            } else {
                Files.move(previous, out, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            // Nothing to repair that can be reached; the output guard reports what is wrong with the folder.
        }
    }
}
