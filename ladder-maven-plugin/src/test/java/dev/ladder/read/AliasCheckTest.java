package dev.ladder.read;

import dev.ladder.BuildResult;
import dev.ladder.LadderFixture;
import dev.ladder.SiteGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.ladder.LadderFixture.engineeringLevel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code aliases} of a level: former addresses that must stay usable and distinct. */
class AliasCheckTest {

    @TempDir
    Path project;

    private LadderFixture ladder;

    @BeforeEach
    void ladder() {
        ladder = LadderFixture.engineering(project);
    }

    private void senior(String frontMatter) {
        ladder.write("content/engineering/e3.md", engineeringLevel("E3", "Senior", frontMatter,
                "- Leads delivery of projects across the team.", "- Designs services and their interfaces."));
    }

    private String problems() {
        BuildResult result = ladder.build();
        assertFalse(result.written(), "a ladder with a bad alias must not be written");
        return ladder.text(result);
    }

    @Test
    void aliasesInEitherListFormAreAccepted() {
        senior("aliases:\n  - senior\n  - old_e3\n");

        BuildResult result = ladder.build();

        assertEquals("", ladder.text(result));
        assertTrue(ladder.exists("engineering/senior.html"));
        assertTrue(ladder.exists("engineering/old_e3.html"));
    }

    @Test
    void aliasMustBeUsableInAnAddress() {
        senior("aliases: [senior plus]\n");

        assertEquals("content/engineering/e3.md:4:11: error: alias 'senior plus' cannot be part of a web address; "
                + "use letters, digits, '-' and '_' only, as in a file name without '.md'", problems());
    }

    @Test
    void aliasCannotBeTheLevelsOwnAddress() {
        senior("aliases: [E3]\n");

        assertEquals("content/engineering/e3.md:4:11: error: alias 'E3' is this level's own address; list only "
                + "addresses the level had before it was renamed", problems());
    }

    @Test
    void aliasCannotBeAnotherLevelsAddress() {
        senior("aliases: [old, e2]\n");

        assertEquals("content/engineering/e3.md:4:16: error: alias 'e2' is already the address of level E2 (e2.md); "
                + "an old address can lead to one page only, so remove it from 'aliases'", problems());
    }

    @Test
    void aliasCannotBeAnotherLevelsAliasWhateverItsCase() {
        ladder.write("content/engineering/e2.md", engineeringLevel("E2", "Mid", "aliases:\n  - mid\n",
                "- Ships features on their own.", "- Designs modules within one service."));
        senior("aliases: [Mid]\n");

        assertEquals("content/engineering/e3.md:4:11: error: alias 'Mid' is already an alias of level E2 "
                + "(e2.md, line 5); an old address can lead to one page only, so remove it from 'aliases'", problems());
    }

    @Test
    void aliasCannotTakeTheNameOfAPageTheSiteMakes() {
        senior("aliases: [matrix, compare-e1-e2]\n");

        assertEquals("content/engineering/e3.md:4:11: error: alias 'matrix' is already the name of a page the site "
                + "makes itself; an old address can lead to one page only, so remove it from 'aliases'\n"
                + "content/engineering/e3.md:4:19: error: alias 'compare-e1-e2' is already the name of the page "
                + "comparing E1 with E2; an old address can lead to one page only, so remove it from 'aliases'",
                problems());
    }

    /** Only the compare pages the build makes take names: E1 and E3 have one at the default reach, not at 1. */
    @Test
    void aliasMayTakeTheNameOfAComparePageTheReachDoesNotMake() {
        senior("aliases: [compare-e1-e3]\n");

        BuildResult nextOnly = SiteGenerator.build(ladder.optionsBuilder().compareReach("1").build());
        assertEquals("", ladder.text(nextOnly));
        assertTrue(ladder.exists("engineering/compare-e1-e3.html"), "the old address leads to E3");
        assertTrue(ladder.page("engineering/compare-e1-e3.html").contains("e3.html"));
        assertEquals("content/engineering/e3.md:4:11: error: alias 'compare-e1-e3' is already the name of the page "
                + "comparing E1 with E3; an old address can lead to one page only, so remove it from 'aliases'",
                problems());
    }

    @Test
    void levelFileCannotTakeTheNameOfAComparePage() {
        ladder.delete("content/engineering/e3.md").write("content/engineering/compare-e1-e2.md", engineeringLevel("E3", "Senior",
                "", "- Leads delivery.", "- Designs services."));

        assertEquals("content/engineering/compare-e1-e2.md: error: name 'compare-e1-e2' is the name of the page "
                + "comparing E1 with E2; rename the file", problems());
    }

    @Test
    void emptyAliasesAreRefused() {
        senior("aliases: []\n");

        assertEquals("content/engineering/e3.md:4:1: error: field 'aliases' must list at least one entry", problems());
    }
}
