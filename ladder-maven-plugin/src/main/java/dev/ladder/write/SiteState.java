package dev.ladder.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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

    /**
     * The files under {@code folder} (such as {@code versions/v1.0/}) as the last build recorded them, when
     * its file {@code keyFile} there holds {@code key} and none of them has changed since: a part of the
     * site that can be taken into the next one as it is, without rendering it again.
     */
    public Optional<Map<String, Long>> reusable(Path output, String folder, String keyFile, String key) {
        if (manifest == null) {
            return Optional.empty();
        }
        Map<String, Long> recorded = new TreeMap<>();
        manifest.files().forEach((path, size) -> {
            if (path.startsWith(folder)) {
                recorded.put(path, size);
            }
        });
        if (!recorded.containsKey(folder + keyFile)
                || !recorded.entrySet().stream().allMatch(file -> files.asRecorded(file.getKey(), file.getValue()))) {
            return Optional.empty();
        }
        try {
            return Files.readString(output.resolve(folder + keyFile), StandardCharsets.UTF_8).equals(key)
                    ? Optional.of(recorded) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether the output is exactly what a build of inputs with this fingerprint writes. */
    public boolean upToDate(String inputs) {
        return manifest != null && manifest.inputs().equals(inputs) && files.match(manifest);
    }
}
