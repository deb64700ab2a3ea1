package dev.ladder.render;

import dev.ladder.BuildResult;
import dev.ladder.LadderFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.ladder.LadderFixture.P1;
import static dev.ladder.LadderFixture.Q1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A specialisation's levels show the sections they inherit as their own, marked as shared. */
class SpecialisationPagesTest {

    @TempDir
    Path dir;

    /** The fixture with a specialisation, P1's Teamwork linking to P2 and to the home page. */
    private LadderFixture ladder() {
        return LadderFixture.in(dir).withSpecialisation().write("content/eng/p1.md", P1.replace(
                "Asks for help early.", "Asks for help early, as [P2 does](p2.md#delivery); see [home](../_index.md)."));
    }

    private static Document built(LadderFixture ladder, String page) {
        return Jsoup.parse(ladder.page(page));
    }

    @Test
    void anInheritedSectionShowsTheBaseTextWithAQuietLinkToWhereItIsWritten() {
        LadderFixture ladder = ladder();
        assertEquals(List.of(), ladder.lines(ladder.build()));

        Document q1 = built(ladder, "qa/q1.html");

        assertEquals(List.of("Testing", "Delivery", "Teamwork"), q1.select("section.competency h2").eachText());
        Element delivery = q1.getElementById("delivery").parent();
        assertTrue(delivery.text().contains("Ships small tasks."), delivery.text());
        Element shared = delivery.selectFirst(".shared-from a");
        assertEquals("Engineer P1 Junior", shared.text());
        assertEquals("../eng/p1.html#delivery", shared.attr("href"));
        assertNull(q1.getElementById("testing").parent().selectFirst(".shared-from"), "its own section is not shared");
        assertNull(built(ladder, "eng/p1.html").selectFirst(".shared-from"), "the base level shares nothing");
    }

    @Test
    void aRewrittenSectionIsTheLevelsOwn() {
        LadderFixture ladder = ladder();
        ladder.build();

        Element delivery = built(ladder, "qa/q2.html").getElementById("delivery").parent();

        assertTrue(delivery.text().contains("Ships features with their tests."), delivery.text());
        assertNull(delivery.selectFirst(".shared-from"));
    }

    @Test
    void linksInInheritedTextPointWhereTheirAuthorMeantOnEveryPageThatShowsIt() {
        LadderFixture ladder = ladder();
        ladder.build();

        assertEquals(List.of("p2.html#delivery", "../index.html"),
                built(ladder, "eng/p1.html").getElementById("teamwork").parent().select("li a, p a").eachAttr("href"));
        for (String page : List.of("qa/q1.html", "qa/matrix.html", "qa/print.html", "qa/compare-q1-q2.html")) {
            Document document = built(ladder, page);
            assertEquals(List.of("../eng/p2.html#delivery", "../index.html"), List.of(
                    document.selectFirst("main a:containsOwn(P2 does)").attr("href"),
                    document.selectFirst("main a:containsOwn(home)").attr("href")), page);
        }
    }

    @Test
    void aLevelNamesItsBaseLevelWhenTheCountsDiffer() {
        LadderFixture ladder = ladder().write("content/qa/_index.md", LadderFixture.QA_TRACK.replace("[Q1, Q2]", "[Q1]"))
                .delete("content/qa/q2.md")
                .write("content/qa/q1.md", Q1.replace("title: Junior QA\n", "title: Junior QA\nbase: P2\n"));
        assertEquals(List.of(), ladder.lines(ladder.build()));

        Element delivery = built(ladder, "qa/q1.html").getElementById("delivery").parent();

        assertTrue(delivery.text().contains("Ships whole features."), delivery.text());
        assertEquals("../eng/p2.html#delivery", delivery.selectFirst(".shared-from a").attr("href"));
    }

    @Test
    void aChainOfSpecialisationsSharesTextFromTheLevelThatWritesIt() {
        LadderFixture ladder = ladder().write("content/mobile-qa/_index.md", """
                ---
                title: Mobile QA Engineer
                extends: qa
                levels: [M1, M2]
                competencies: [Devices, Testing, Delivery, Teamwork]
                ---
                """).write("content/mobile-qa/m1.md", """
                ---
                level: M1
                title: Junior Mobile QA
                ---
                ## Devices

                Tests on the phones our customers use.
                """).write("content/mobile-qa/m2.md", """
                ---
                level: M2
                title: Mobile QA
                ---
                ## Devices

                Chooses the device lab's phones.
                """);
        BuildResult result = ladder.build();
        assertEquals(List.of(), ladder.lines(result));

        Document m1 = built(ladder, "mobile-qa/m1.html");

        assertEquals(List.of("Devices", "Testing", "Delivery", "Teamwork"), m1.select("section.competency h2").eachText());
        assertEquals(List.of("QA Engineer Q1 Junior QA", "Engineer P1 Junior", "Engineer P1 Junior"),
                m1.select(".shared-from a").eachText());
        assertEquals(List.of("../qa/q1.html#testing", "../eng/p1.html#delivery", "../eng/p1.html#teamwork"),
                m1.select(".shared-from a").eachAttr("href"));
        assertEquals(1, m1.getElementById("teamwork").parent().select("a[href=../eng/p2.html#delivery]").size());
        // Q2 rewrites Delivery, so M2 shares Q2's text, not P2's.
        Element delivery = built(ladder, "mobile-qa/m2.html").getElementById("delivery").parent();
        assertTrue(delivery.text().contains("Ships features with their tests."), delivery.text());
        assertEquals("../qa/q2.html#delivery", delivery.selectFirst(".shared-from a").attr("href"));
    }
}
