package dev.ladder.diff;

import dev.ladder.LadderFixture;
import dev.ladder.load.ContentLoader;
import dev.ladder.load.FolderTree;
import dev.ladder.markdown.Markdown;
import dev.ladder.model.Ladder;
import dev.ladder.problem.Problems;
import dev.ladder.read.LadderReader;
import dev.ladder.work.Workers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.ladder.LadderFixture.engineeringLevel;
import static dev.ladder.LadderFixture.engineeringTrack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Comparing two ladder models: what counts as added, removed, renamed, reordered and reworded. */
class LadderDiffTest {

    @TempDir
    Path before;
    @TempDir
    Path after;

    private Ladder base;
    private LadderFixture head;

    @BeforeEach
    void ladders() {
        base = read(LadderFixture.engineering(before));
        head = LadderFixture.engineering(after);
    }

    private static Ladder read(LadderFixture ladder) {
        Problems problems = new Problems();
        Ladder model;
        try (Workers serial = new Workers(1)) {
            model = new LadderReader(new Markdown(false), problems, serial, 1)
                    .read(ContentLoader.list(new FolderTree(ladder.content()), problems, serial)).orElseThrow();
        }
        assertFalse(problems.hasErrors(), problems.sorted().toString());
        return model;
    }

    private LadderDiff diff() {
        return LadderDiff.between(base, read(head));
    }

    private String markdown() {
        return DiffMarkdown.render(DiffReport.of(diff(), new LadderVersion("main", "0123456789abcdef"),
                LadderVersion.workingCopy()));
    }

    @Test
    void sameLadderHasNoChanges() {
        LadderDiff diff = diff();

        assertFalse(diff.changed());
        assertEquals("No changes to the ladder", diff.headline());
        assertEquals("""
                ## Ladder changes

                **No changes to the ladder**

                Compared `main` (`0123456`) with the working tree.
                """, markdown());
    }

    @Test
    void levelsWithTheSameChangesShareAPartOfTheHeadline() {
        head.write("content/engineering/e1.md", engineeringLevel("E1", "Junior", "",
                        "- Ships small changes with help.\n- Writes tests for all their code.",
                        "- Follows the team's design patterns closely."))
                .write("content/engineering/e2.md", engineeringLevel("E2", "Mid", "",
                        "- Ships features on their own.\n- Reviews code of all peers.",
                        "- Designs modules within a service."))
                .write("content/engineering/e3.md", engineeringLevel("E3", "Senior engineer", "",
                        "- Leads delivery of projects across the team.",
                        "- Designs services and their interfaces."));

        assertEquals("E1, E2: 2 competencies reworded; E3: title changed", diff().headline());
    }

    /** Bullets are paired across versions: a moved bullet is no change, a reworded one is one line. */
    @Test
    void movedBulletsAreNoChangeAndARewordedOneIsOneLine() {
        head.write("content/engineering/e2.md", engineeringLevel("E2", "Mid", "",
                "- Reviews code of peers.\n- Ships features on their own.", "- Designs modules within one service."));
        assertFalse(diff().changed(), "only the order of E2's Delivery bullets changed");

        head.write("content/engineering/e2.md", engineeringLevel("E2", "Mid", "",
                "- Reviews code of all peers.\n- Ships features on their own.", "- Designs modules within one service."));
        assertTrue(markdown().contains("- Reviews code of **all** peers.\n"), markdown());
        assertFalse(markdown().contains("~~Ships"), markdown());
    }

    @Test
    void renamedCompetencyIsFoundByItsWording() {
        head.write(LadderFixture.ENGINEERING_INDEX, engineeringTrack("E1, E2, E3").replace("- Design", "- Technical design"));
        renameSection("e1", "E1", "Junior", "- Ships small changes with help.\n- Writes tests for their code.",
                "- Follows the team's design patterns.");
        renameSection("e2", "E2", "Mid", "- Ships features on their own.\n- Reviews code of peers.",
                "- Designs modules within one service.");
        renameSection("e3", "E3", "Senior", "- Leads delivery of projects across the team.",
                "- Designs services and their interfaces.");

        TrackChange track = diff().tracks().get(0);

        assertEquals(List.of(new Rename("Design", "Technical design")), track.competenciesRenamed());
        assertEquals(List.of(), track.competenciesAdded());
        assertEquals(List.of(), track.competenciesRemoved());
        assertEquals(List.of(), track.levels());
        assertEquals("competency 'Design' renamed to 'Technical design'", diff().headline());
    }

    private void renameSection(String file, String code, String title, String delivery, String design) {
        head.write("content/engineering/" + file + ".md", engineeringLevel(code, title, "", delivery, design)
                .replace("## Design", "## Technical design"));
    }

    @Test
    void replacedCompetencyIsRemovedAndAdded() {
        head.write(LadderFixture.ENGINEERING_INDEX, engineeringTrack("E1, E2, E3").replace("- Design", "- Mentoring"));
        for (String[] level : new String[][] {{"e1", "E1", "Junior"}, {"e2", "E2", "Mid"}, {"e3", "E3", "Senior"}}) {
            head.write("content/engineering/" + level[0] + ".md", engineeringLevel(level[1], level[2], "",
                    "- Leads delivery of projects across the team.", "- Helps newcomers settle in.")
                    .replace("## Design", "## Mentoring"));
        }

        TrackChange track = diff().tracks().get(0);

        assertEquals(List.of("Mentoring"), track.competenciesAdded());
        assertEquals(List.of("Design"), track.competenciesRemoved());
        assertEquals(List.of(), track.competenciesRenamed());
        assertEquals("E1, E2: 1 competency reworded; competency 'Mentoring' added; competency 'Design' removed",
                diff().headline());
    }

    @Test
    void reorderedCompetenciesAndLevelsAreReported() {
        head.write(LadderFixture.ENGINEERING_INDEX, """
                ---
                title: Engineering
                levels: [E1, E3, E2]
                competencies: [Design, Delivery]
                ---
                The engineering track.
                """);

        TrackChange track = diff().tracks().get(0);

        assertEquals(new Rename("E1, E2, E3", "E1, E3, E2"), track.levelOrder());
        assertEquals(new Rename("Delivery, Design", "Design, Delivery"), track.competencyOrder());
        assertEquals("levels reordered; competencies reordered", diff().headline());
        assertEquals("""
                ### Engineering

                - Levels reordered: E1, E2, E3 → E1, E3, E2
                - Competencies reordered: Delivery, Design → Design, Delivery
                """, markdown().substring(markdown().indexOf("### Engineering")));
    }

    @Test
    void removedLevelAndRenamedLevelWithoutAlias() {
        head.write(LadderFixture.ENGINEERING_INDEX, engineeringTrack("E2, E3"))
                .delete("content/engineering/e1.md")
                .delete("content/engineering/e3.md")
                .write("content/engineering/senior.md", engineeringLevel("E3", "Senior", "",
                        "- Leads delivery of projects across the team.", "- Designs services and their interfaces."));

        LadderDiff diff = diff();

        assertEquals("E3: renamed; E1 removed", diff.headline());
        assertEquals("""
                ### Engineering

                - Removed level **E1 Junior**
                - Renamed level **E3 Senior**: `e3.html` is now `senior.html`; the old address no longer works \
                (add `aliases: [e3]` to the level's front matter to keep it)
                """, markdown().substring(markdown().indexOf("### Engineering")));
    }

    @Test
    void frontMatterFieldsOfHomeTrackAndLevelAreCompared() {
        head.write("content/_index.md", """
                ---
                title: Test Ladder
                version: "1.1"
                effective: 2026-03-01
                ---
                What we expect of all engineers.
                """)
                .write(LadderFixture.ENGINEERING_INDEX, engineeringTrack("E1, E2, E3")
                        .replace("title: Engineering", "title: Engineering\nsummary: Builds *software*."))
                .write("content/engineering/e2.md", engineeringLevel("E2", "Mid-level", "summary: Works alone.\n",
                        "- Ships features on their own.\n- Reviews code of peers.",
                        "- Designs modules within one service."));

        LadderDiff diff = diff();

        assertEquals("E2: title, summary changed; Engineering: summary changed; "
                + "home page: version, effective changed, introduction reworded", diff.headline());
        assertEquals("""
                ### Engineering

                - **summary**: (none) → Builds \\*software\\*.

                #### E2 Mid-level

                - **title**: Mid → Mid-level
                - **summary**: (none) → Works alone.

                ### Home page

                - **version**: 1.0 → 1.1
                - **effective**: (none) → 2026-03-01

                **Introduction**

                - What we expect of **all** engineers.
                """, markdown().substring(markdown().indexOf("### Engineering")));
    }

    @Test
    void addedTrackIsOnePart() {
        head.write("content/data/_index.md", """
                ---
                title: Data Engineering
                levels: [D1]
                competencies: [Pipelines]
                ---
                """)
                .write("content/data/d1.md", "---\nlevel: D1\ntitle: Junior\n---\n## Pipelines\n\n- Runs pipelines.\n");

        LadderDiff diff = diff();

        assertEquals("track 'Data Engineering' added", diff.headline());
        assertEquals(TrackChange.Status.ADDED, diff.tracks().get(0).status());
        assertNull(diff.tracks().get(0).levelOrder());
        assertEquals("""
                ### Data Engineering (new track)

                Levels: **D1 Junior**.
                """, markdown().substring(markdown().indexOf("### Data")));
    }

    @Test
    void levelCodesAreQualifiedByTrackWhenTheLadderHasSeveralTracks() {
        base = read(LadderFixture.engineering(before).write("content/data/_index.md", """
                ---
                title: Data Engineering
                levels: [D1]
                competencies: [Pipelines]
                ---
                """).write("content/data/d1.md", "---\nlevel: D1\ntitle: Junior\n---\n## Pipelines\n\n- Runs pipelines.\n"));
        head.write("content/data/_index.md", """
                ---
                title: Data Engineering
                levels: [D1]
                competencies: [Pipelines]
                ---
                """)
                .write("content/data/d1.md", "---\nlevel: D1\ntitle: Junior\n---\n## Pipelines\n\n- Runs batch pipelines.\n")
                .write(LadderFixture.ENGINEERING_INDEX, engineeringTrack("E1, E2"))
                .delete("content/engineering/e3.md");

        assertEquals("Data Engineering D1: 1 competency reworded; Engineering E3 removed", diff().headline());
    }
}
