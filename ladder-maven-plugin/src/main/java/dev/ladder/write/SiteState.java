package dev.ladder.write;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An output folder as the next build finds it: the manifest the last build left, if any, and the
 * files the folder holds now.
 *
 * @param manifest what the last build wrote, or {@code null} when unknown
 */
public record SiteState(SiteManifest manifest, OutputFiles files) {

    /** No usable previous build: the next one writes every file. */
    public static final SiteState NONE = new SiteState(null, OutputFiles.NONE);

    public static SiteState read(Path output, Path content) {
        return SiteManifest.read(output, content).map(manifest -> {
            try {
                return new SiteState(manifest, OutputFiles.scan(output));
            } catch (IOException e) {
                return NONE;
            }
        }).orElse(NONE);
    }

    /** Whether the output is exactly what a build of inputs with this fingerprint writes. */
    public boolean upToDate(String inputs) {
        return manifest != null && manifest.inputs().equals(inputs) && files.match(manifest);
    }
}
