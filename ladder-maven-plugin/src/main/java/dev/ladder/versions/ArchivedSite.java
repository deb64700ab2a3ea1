package dev.ladder.versions;

import dev.ladder.render.PageRenderer;
import dev.ladder.render.SitePlan;
import dev.ladder.versions.VersionArchive.Version;

import java.util.Map;

/**
 * One archived version as the build makes it: a whole site in {@code versions/<name>/}, or the files the
 * last build made of it when nothing it is made from has changed.
 *
 * @param key    a digest of everything the version's pages are made from, kept in {@link ArchivePlan#KEY_FILE}
 * @param reused the files of the last build's copy, by site path with their sizes, or {@code null} when the
 *               version is rendered
 */
record ArchivedSite(Version version, String folder, SitePlan plan, PageRenderer renderer, String key,
                    Map<String, Long> reused) {
}
