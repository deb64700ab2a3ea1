package dev.ladder.versions;

import dev.ladder.BuildOptions;
import dev.ladder.BuildResult;
import dev.ladder.LadderFixture;
import dev.ladder.SiteGenerator;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A ladder repository made with JGit, released three times:
 * <ul>
 *   <li>{@code v1.0} (version 1.0, effective 6 January 2025): E1 to E4 with Delivery, Design and Mentoring;</li>
 *   <li>{@code v2.0} (2.0, 1 July 2025): Mentoring removed, E4 removed, {@code e3.md} renamed
 *       {@code e3-senior.md} with the alias {@code e3};</li>
 *   <li>{@code v3.0} (3.0, 5 January 2026): one bullet of E2's Delivery reworded.</li>
 * </ul>
 * The working tree is then changed once more (version 3.1, E1's Design reworded), uncommitted, so the
 * current site differs from every release.
 */
public final class ReleasedLadder {

    private final LadderFixture ladder;
    private final Git git;
    private long time = Instant.parse("2025-01-06T09:00:00Z").getEpochSecond();

    private ReleasedLadder(Path project) throws Exception {
        ladder = LadderFixture.engineering(project);
        git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call();
    }

    public static ReleasedLadder in(Path project) throws Exception {
        ReleasedLadder released = new ReleasedLadder(project);
        released.release("1.0", "2025-01-06", "E1, E2, E3, E4",
                "- Ships features on their own.\n- Reviews code of peers.", true, "e3");
        released.ladder.write("content/engineering/e4.md", level("E4", "Principal", "",
                "- Sets delivery practice for the company.", "- Sets the company's architecture.", true));
        released.commitAndTag("v1.0");
        released.ladder.delete("content/engineering/e4.md");
        released.release("2.0", "2025-07-01", "E1, E2, E3",
                "- Ships features on their own.\n- Reviews code of peers.", false, "e3-senior");
        released.ladder.delete("content/engineering/e3.md");
        released.commitAndTag("v2.0");
        released.release("3.0", "2026-01-05", "E1, E2, E3",
                "- Ships features on their own, end to end.\n- Reviews code of peers.", false, "e3-senior");
        released.commitAndTag("v3.0");
        released.home("3.1", "2026-03-02");
        released.ladder.write("content/engineering/e1.md", level("E1", "Junior", "",
                "- Ships small changes with help.\n- Writes tests for their code.",
                "- Follows the team's design patterns and asks why.", false));
        return released;
    }

    private void release(String version, String effective, String levels, String e2Delivery,
                         boolean mentoring, String e3File) {
        home(version, effective);
        ladder.write(LadderFixture.ENGINEERING_INDEX, """
                ---
                title: Engineering
                levels: [%s]
                competencies:
                  - Delivery
                  - Design
                %s---
                The engineering track.
                """.formatted(levels, mentoring ? "  - Mentoring\n" : ""));
        ladder.write("content/engineering/e1.md", level("E1", "Junior", "",
                        "- Ships small changes with help.\n- Writes tests for their code.",
                        "- Follows the team's design patterns.", mentoring))
                .write("content/engineering/e2.md", level("E2", "Mid", "", e2Delivery,
                        "- Designs modules within one service.", mentoring))
                .write("content/engineering/" + e3File + ".md", level("E3", "Senior",
                        e3File.equals("e3") ? "" : "aliases: [e3]\n", "- Leads delivery of projects across the team.",
                        "- Designs services and their interfaces.", mentoring));
    }

    private void home(String version, String effective) {
        ladder.write("content/_index.md", """
                ---
                title: Test Ladder
                version: "%s"
                effective: %s
                ---
                What we expect of engineers.
                """.formatted(version, effective));
    }

    private static String level(String code, String title, String frontMatter, String delivery, String design,
                                boolean mentoring) {
        return LadderFixture.engineeringLevel(code, title, frontMatter, delivery, design)
                + (mentoring ? "\n## Mentoring\n\n- Helps others learn.\n" : "");
    }

    /** Commits the working tree and tags it, a day after the last commit. */
    public void commitAndTag(String tag) throws Exception {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        time += 86_400;
        PersonIdent who = new PersonIdent("Ladder Test", "test@example.org", Instant.ofEpochSecond(time),
                ZoneOffset.UTC);
        git.commit().setMessage("Release " + tag).setAuthor(who).setCommitter(who).setSign(false).call();
        if (tag != null) {
            git.tag().setName(tag).setAnnotated(true).setMessage(tag).setTagger(who).setSigned(false).call();
        }
    }

    public LadderFixture fixture() {
        return ladder;
    }

    public Git git() {
        return git;
    }

    public BuildOptions options(String... versions) {
        return ladder.optionsBuilder().versions(List.of(versions)).build();
    }

    public BuildResult build(String... versions) {
        return SiteGenerator.build(options(versions));
    }
}
