package dev.ladder.render;

import dev.ladder.BuildResult;
import dev.ladder.LadderFixture;
import dev.ladder.SiteGenerator;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static dev.ladder.LadderFixture.engineeringLevel;
import static dev.ladder.LadderFixture.engineeringTrack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Compare pages, the pickers that lead to them, and the "What changes" view of level pages. */
class ComparePagesTest {

    @TempDir
    Path project;

    private LadderFixture ladder;

    @BeforeEach
    void build() {
        ladder = LadderFixture.engineering(project);
        ladder.write(LadderFixture.ENGINEERING_INDEX, engineeringTrack("E1, E2, E3, E4"))
                .write("content/engineering/e4.md", engineeringLevel("E4", "Principal", "",
                        "- Sets delivery practice for the company.", "- Designs services and their interfaces."));
        BuildResult result = ladder.build();
        assertEquals("", ladder.text(result));
        assertTrue(result.written());
    }

    @Test
    void eachLevelIsComparedWithTheNextTwoByDefaultLowerFirst() throws IOException {
        assertEquals(List.of("compare-e1-e2.html", "compare-e1-e3.html", "compare-e2-e3.html", "compare-e2-e4.html",
                "compare-e3-e4.html"), comparePages());
        assertEquals(comparePages(), pickedPages());
        assertTrue(ladder.page("engineering/index.html").contains("<p class=\"compare-notice\">Each level is compared "
                + "with the next two levels;\nthe <a href=\"matrix.html\">matrix</a> shows every level side by side.</p>"));
        assertTrue(ladder.page("engineering/matrix.html").contains("Each level is compared with the next two levels;\n"
                + "the matrix above shows every level side by side."));
    }

    @Test
    void reachOneComparesEachLevelWithTheNextOnly() throws IOException {
        BuildResult result = SiteGenerator.build(ladder.optionsBuilder().compareReach("1").build());
        assertEquals("", ladder.text(result));

        assertEquals(List.of("compare-e1-e2.html", "compare-e2-e3.html", "compare-e3-e4.html"), comparePages());
        assertEquals(comparePages(), pickedPages());
        assertTrue(ladder.page("engineering/index.html").contains("Each level is compared with the next level only;"));
        assertEquals(List.of(), SiteLinksTest.check(ladder.site()));
    }

    @Test
    void reachAllComparesEveryPairAndNeedsNoNotice() throws IOException {
        BuildResult result = SiteGenerator.build(ladder.optionsBuilder().compareReach(" ALL ").build());
        assertEquals("", ladder.text(result));

        assertEquals(List.of("compare-e1-e2.html", "compare-e1-e3.html", "compare-e1-e4.html",
                "compare-e2-e3.html", "compare-e2-e4.html", "compare-e3-e4.html"), comparePages());
        assertEquals(comparePages(), pickedPages());
        assertFalse(ladder.page("engineering/index.html").contains("compare-notice"));
        assertEquals(List.of(), SiteLinksTest.check(ladder.site()));
    }

    /** A reach as wide as the track is every pair: the same pages as {@code all}, and no notice. */
    @Test
    void aReachBeyondTheTrackComparesEveryPair() throws IOException {
        assertEquals("", ladder.text(SiteGenerator.build(ladder.optionsBuilder().compareReach("3").build())));

        assertEquals(6, comparePages().size());
        assertFalse(ladder.page("engineering/matrix.html").contains("compare-notice"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "2.5", "next", "", "99999999999"})
    void aReachThatIsNotOneIsAnErrorNamingTheOptionAndItsValues(String reach) throws IOException {
        List<String> before = comparePages();
        BuildResult result = SiteGenerator.build(ladder.optionsBuilder().compareReach(reach).build());

        assertEquals("pom.xml: error: option compareReach '" + reach.strip() + "' must be a whole number of levels "
                + "from 1 up, such as 2 (each level compared with the next two), or all (every pair of levels) "
                + "(set <compareReach> or -Dladder.compareReach)", ladder.text(result));
        assertFalse(result.written());
        assertEquals(before, comparePages(), "the site is left as it was");
    }

    /** The reach is part of what the site is made from: changing it alone makes a build render again. */
    @Test
    void changingTheReachAloneRebuildsTheSite() throws IOException {
        BuildResult again = SiteGenerator.build(ladder.optionsBuilder().compareReach("all").build());

        assertEquals(6, comparePages().size());
        assertTrue(again.written());
    }

    private List<String> comparePages() throws IOException {
        try (Stream<Path> files = Files.list(ladder.site().resolve("engineering"))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.startsWith("compare-"))
                    .sorted().toList();
        }
    }

    /** The pages every picker of the track (track page, matrix, each compare page) links to, each the same. */
    private List<String> pickedPages() throws IOException {
        List<String> pages = new ArrayList<>(List.of("index.html", "matrix.html"));
        pages.addAll(comparePages());
        List<String> first = null;
        for (String page : pages) {
            List<String> picked = Jsoup.parse(ladder.page("engineering/" + page)).select("nav.compare-picker a")
                    .eachAttr("href").stream().sorted().toList();
            if (first == null) {
                first = picked;
            }
            assertEquals(first, picked, "the picker of " + page);
        }
        return first;
    }

    @Test
    void comparePageShowsBothLevelsAndTheWordDiffPerCompetency() {
        String page = ladder.page("engineering/compare-e2-e3.html");

        assertTrue(page.contains("<title>E2 and E3 compared &middot; Test Ladder</title>"), page);
        assertTrue(page.contains("<h2 id=\"delivery\">Delivery</h2>"), page);
        assertTrue(page.contains("<h3><a href=\"e2.html#delivery\"><span class=\"code\">E2</span> Mid</a></h3>\n"
                + "<ul>\n<li>Ships features on their own.</li>\n<li>Reviews code of peers.</li>\n</ul>"), page);
        assertTrue(page.contains("<h3><a href=\"e3.html#delivery\"><span class=\"code\">E3</span> Senior</a></h3>\n"
                + "<ul>\n<li>Leads delivery of projects across the team.</li>\n</ul>"), page);
        assertTrue(page.contains("<h4 class=\"change-group\">New at <span class=\"code\">E3</span></h4>\n"
                + "<ul class=\"added-bullets\">\n<li>Leads delivery of projects across the team.</li>\n</ul>\n"
                + "<details class=\"carried-over\">\n<summary>Carried over from <span class=\"code\">E2</span> (2)</summary>\n"
                + "<ul><li>Ships features on their own.</li><li>Reviews code of peers.</li></ul>\n</details>"), page);
        assertTrue(page.contains("<h4 class=\"change-group\">Grows from <span class=\"code\">E2</span></h4>\n"
                + "<ul class=\"word-diff grown-bullets\">\n<li>Designs <del>modules within one service.</del> "
                + "<ins>services and their interfaces.</ins></li>\n</ul>"), page);
        assertFalse(page.contains("<del>Ships"), "a bullet the higher level does not repeat carries over, not struck through");
    }

    /** E2 to E4 goes through E3: E3's new bullet still holds at E4 in a cumulative ladder, and says where it came in. */
    @Test
    void comparePageAcrossLevelsFollowsTheLevelsBetween() {
        String page = ladder.page("engineering/compare-e2-e4.html");

        assertTrue(page.contains("<li>Leads delivery of projects across the team. <span class=\"since\">(new at E3)</span></li>"),
                page);
        assertTrue(page.contains("<li>Sets delivery practice for the company.</li>"), page);
        assertTrue(page.contains("Designs <del>modules within one service.</del> <ins>services and their interfaces.</ins>"),
                page);
    }

    @Test
    void sameWordingIsSaidInWords() {
        String page = ladder.page("engineering/compare-e3-e4.html");

        assertTrue(page.contains("<h3 class=\"diff-title\">What changes from E3 to E4: 1 the same</h3>\n"
                + "<details class=\"same-bullets\">\n<summary>The same at both levels (1)</summary>\n"
                + "<ul><li>Designs services and their interfaces.</li></ul>\n</details>"), page);
    }

    @Test
    void trackPageAndMatrixOfferEveryComparisonAsLinks() {
        String picker = """
                <li><span class="from">Compare <span class="code">E2</span> with</span>
                <a href="compare-e2-e3.html" aria-label="Compare E2 with E3">E3</a> \
                <a href="compare-e2-e4.html" aria-label="Compare E2 with E4">E4</a></li>""";

        assertTrue(ladder.page("engineering/index.html").contains(picker), ladder.page("engineering/index.html"));
        assertTrue(ladder.page("engineering/matrix.html").contains(picker));
        assertFalse(ladder.page("engineering/index.html").contains("Compare <span class=\"code\">E4</span> with"));
    }

    @Test
    void levelPageLinksToBothAdjacentComparisons() {
        String page = ladder.page("engineering/e2.html");

        assertTrue(page.contains("<p class=\"compare-links\">Compare side by side:\n"
                + "<a href=\"compare-e1-e2.html\">E1 and E2</a> &middot; <a href=\"compare-e2-e3.html\">E2 and E3</a>\n</p>"),
                page);
    }

    @Test
    void levelPageShowsWhatChangesFromThePreviousLevel() {
        String page = ladder.page("engineering/e2.html");

        assertTrue(page.contains("<li class=\"toc-changes\"><a href=\"#what-changes\">What changes from E1</a></li>"));
        assertTrue(page.contains("<h2 id=\"what-changes\">What changes from <span class=\"code\">E1</span> Junior</h2>"));
        assertTrue(page.contains("<li><span class=\"name\">Design</span>: 1 new, 1 carried over</li>"), page);
        assertTrue(page.contains("<h3>Design</h3>\n<h4 class=\"change-group\">New at <span class=\"code\">E2</span></h4>\n"
                + "<ul class=\"added-bullets\">\n<li>Designs modules within one service.</li>\n</ul>\n"
                + "<details class=\"carried-over\">\n<summary>Carried over from <span class=\"code\">E1</span> (1)</summary>\n"
                + "<ul><li>Follows the team's design patterns.</li></ul>\n</details>"), page);
        assertTrue(page.contains("<li>Ships <del>small changes with help.</del> <ins>features on their own.</ins></li>"), page);
        assertFalse(page.contains("<del>Follows") || page.contains("<del>Writes"), "E1's other bullets are not struck through");
        assertFalse(ladder.page("engineering/e1.html").contains("what-changes"), "the first level has no previous level");
    }

    @Test
    void levelPageWordsAreEscapedInTheDiff() {
        ladder.write("content/engineering/e2.md", engineeringLevel("E2", "Mid", "",
                "- Ships features on their own.\n- Reviews code of peers.", "- Follows the team's `<script>` design patterns."));
        assertEquals("", ladder.text(ladder.build()));

        String page = ladder.page("engineering/e2.html");

        assertTrue(page.contains("<ins>&lt;script&gt;</ins>"), page);
        assertFalse(page.contains("<ins><script>"));
    }
}
