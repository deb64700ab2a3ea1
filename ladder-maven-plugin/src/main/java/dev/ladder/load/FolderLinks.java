package dev.ladder.load;

import dev.ladder.problem.IoReason;
import dev.ladder.problem.Problems;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reports every link in a folder (the templates folder) that leads outside it. The theme reads and
 * copies whatever that folder holds, so one such link would publish a file of the building machine.
 */
public final class FolderLinks {

    private FolderLinks() {
    }

    /** @return whether no link in {@code root} leads outside it */
    public static boolean check(Path root, String what, Problems problems) {
        if (root == null || !Files.isDirectory(root)) {
            return true;
        }
        InsideFolder inside = InsideFolder.of(root, what);
        int before = problems.errorCount();
        try {
            // The walk does not follow links: a linked folder is checked as a link, not entered.
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isSymbolicLink()) {
                        inside.allows(file, problems);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.error(root, 0, "cannot be listed (" + IoReason.of(e) + "); check the folder's permissions");
        }
        return problems.errorCount() == before;
    }
}
