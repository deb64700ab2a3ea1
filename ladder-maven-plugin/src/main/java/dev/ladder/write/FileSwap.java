package dev.ladder.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Moves staged files into the output one by one, keeping each file it replaces or removes in a
 * backup folder beside the output until all moves are done, so that a failure can put every one back.
 */
final class FileSwap {

    private final Path output;
    private final Path staged;
    private final Path backup;
    private final List<String> movedIn = new ArrayList<>();
    private final List<String> backedUp = new ArrayList<>();

    FileSwap(Path output, Path staged) {
        this.output = output;
        this.staged = staged;
        this.backup = StagedSite.previous(output);
    }

    void apply(Set<String> changed, Set<String> removed) throws IOException {
        Folders.deleteTree(backup);
        try {
            for (String path : removed) {
                backUp(path);
            }
            for (String path : changed) {
                moveIn(path);
            }
            moveIn(OutputGuard.MARKER);
        } catch (IOException | RuntimeException e) {
            undo(e);
            throw e;
        }
        for (String path : removed) {
            deleteEmptyFolders(output.resolve(path).getParent());
        }
        Folders.deleteTree(backup);
    }

    private void moveIn(String path) throws IOException {
        backUp(path);
        Path target = output.resolve(path);
        Files.createDirectories(target.getParent());
        Files.move(staged.resolve(path), target, StandardCopyOption.ATOMIC_MOVE);
        movedIn.add(path);
    }

    private void backUp(String path) throws IOException {
        Path target = output.resolve(path);
        if (Files.exists(target)) {
            Path saved = backup.resolve(path);
            Files.createDirectories(saved.getParent());
            Files.move(target, saved, StandardCopyOption.ATOMIC_MOVE);
            backedUp.add(path);
        }
    }

    private void undo(Exception cause) {
        try {
            for (int i = movedIn.size() - 1; i >= 0; i--) {
                Files.deleteIfExists(output.resolve(movedIn.get(i)));
            }
            for (int i = backedUp.size() - 1; i >= 0; i--) {
                Path target = output.resolve(backedUp.get(i));
                Files.createDirectories(target.getParent());
                Files.move(backup.resolve(backedUp.get(i)), target, StandardCopyOption.ATOMIC_MOVE);
            }
            for (String path : movedIn) {
                deleteEmptyFolders(output.resolve(path).getParent());
            }
            Folders.deleteTree(backup);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    private void deleteEmptyFolders(Path folder) throws IOException {
        while (folder != null && !folder.equals(output) && folder.startsWith(output) && Files.isDirectory(folder)) {
            try (var entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(folder);
            folder = folder.getParent();
        }
    }
}
