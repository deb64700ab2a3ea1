package dev.ladder.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A site being written beside its output folder, which takes the output's place only once every
 * page is written: a failed build leaves the published site as it was, and no reader ever sees
 * half a site.
 */
public final class StagedSite implements AutoCloseable {

    private final Path output;
    private final Path staging;
    private boolean published;

    private StagedSite(Path output, Path staging) {
        this.output = output;
        this.staging = staging;
    }

    public static StagedSite begin(Path output) throws IOException {
        Path absolute = OutputGuard.resolved(output);
        Path staging = OutputGuard.staging(absolute);
        Folders.deleteTree(staging);
        Files.createDirectories(staging);
        Files.writeString(staging.resolve(OutputGuard.MARKER), "Written by Ladder; replaced whole on each build.\n");
        return new StagedSite(absolute, staging);
    }

    /** The output folder the staged site will replace. */
    Path output() {
        return output;
    }

    /** The folder the site is being written into, for steps that work on written pages. */
    public Path root() {
        return staging;
    }

    /**
     * Swaps the staged site in for the output folder with two renames: the output aside, the staging
     * folder into its place. Each is atomic, so a reader finds the whole old site, then (for the instant
     * between the renames) no folder, then the whole new site. A process killed between them leaves the
     * old site aside, where {@link InterruptedPublish#repair} finds it and puts it back.
     */
    public void publish() throws IOException {
        Path previous = OutputGuard.backup(output);
        Folders.deleteTree(previous);
        if (Files.exists(output)) {
            Files.move(output, previous, StandardCopyOption.ATOMIC_MOVE);
            BuildSteps.at(BuildSteps.OLD_SITE_MOVED_ASIDE);
        }
        try {
            Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (Files.exists(previous)) {
                Files.move(previous, output, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        published = true;
        BuildSteps.at(BuildSteps.NEW_SITE_IN_PLACE);
        Folders.deleteTree(previous);
    }

    /** Drops the staged files if the site was not published. */
    @Override
    public void close() throws IOException {
        if (!published) {
            Folders.deleteTree(staging);
        }
    }

    /** Where the file at {@code path} is staged; its folder may not exist yet. */
    Path stagedPath(String path) throws IOException {
        Path file = staging.resolve(path).normalize();
        if (!file.startsWith(staging)) {
            throw new IOException("page path " + path + " leaves the site folder");
        }
        return file;
    }
}
