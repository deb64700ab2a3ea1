package dev.ladder.versions;

import dev.ladder.diff.DiffReport;
import dev.ladder.diff.LadderDiff;
import dev.ladder.diff.LadderVersion;
import dev.ladder.model.Ladder;
import dev.ladder.render.Page;
import dev.ladder.versions.VersionArchive.Version;
import dev.ladder.work.Workers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * {@code versions.html}: every version, newest first, each with its effective date and what changed
 * since the one before it, in the same report as {@code ladder:diff} writes.
 */
final class VersionsPage {

    static final String PATH = "versions.html";
    static final String TEMPLATE = "versions.ftlh";

    private VersionsPage() {
    }

    /** @param currentRelease the release the current ladder is, when it is one, or {@code null} */
    static Page page(List<Version> archived, Ladder current, Release currentRelease, Workers workers) {
        // Each report compares a version with the one before it: they are made on the build's workers.
        List<VersionEntry> entries = new ArrayList<>(workers.map(IntStream.range(0, archived.size()).boxed()
                .toList(), i -> {
                    Version version = archived.get(i);
                    Version before = i == 0 ? null : archived.get(i - 1);
                    Ladder ladder = version.ladder();
                    return new VersionEntry(ArchivePlan.label(version), false,
                            "versions/" + version.release().name() + "/index.html", ladder.home().effectiveText(),
                            ladder.home().effectiveIso(), version.release().ref(), version.release().shortCommit(),
                            before == null ? "" : ArchivePlan.label(before), report(before, ladder,
                            new LadderVersion(version.release().ref(), version.release().commit())));
                }));
        Version previous = archived.get(archived.size() - 1);
        String label = current.home().version() == null ? "" : current.home().version().strip();
        entries.add(new VersionEntry(label, true, "index.html", current.home().effectiveText(),
                current.home().effectiveIso(), currentRelease == null ? "" : currentRelease.ref(),
                currentRelease == null ? "" : currentRelease.shortCommit(), ArchivePlan.label(previous),
                report(previous, current, LadderVersion.workingCopy())));
        List<VersionEntry> newestFirst = new ArrayList<>(entries);
        Collections.reverse(newestFirst);
        return new Page(PATH, TEMPLATE, null, Map.of("versions", List.copyOf(newestFirst)));
    }

    private static DiffReport report(Version previous, Ladder ladder, LadderVersion head) {
        if (previous == null) {
            return null;
        }
        return DiffReport.of(LadderDiff.between(previous.ladder(), ladder),
                new LadderVersion(previous.release().ref(), previous.release().commit()), head);
    }
}
