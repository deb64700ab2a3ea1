package dev.ladder.publish;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On the repository's ladder, which is cumulative, a level's "What changes" never strikes through the
 * level below: each of P2's bullets on P3's page either carries over (folded away, as written) or grows
 * into a P3 bullet whose line keeps some of its words.
 */
class LevelDifferencesTest {

    @TempDir
    static Path temp;

    private static BuiltSite site;

    @BeforeAll
    static void build() {
        site = BuiltSite.buildInto(temp.resolve("site"));
    }

    private static Document page(String file) throws IOException {
        return Jsoup.parse(Files.readString(site.file(file)));
    }

    @Test
    void p3ShowsNoStruckThroughP2Bullet() throws IOException {
        Document p2 = page("software-engineering/p2.html");
        Element changes = page("software-engineering/p3.html").selectFirst("section.what-changes");
        assertTrue(changes != null, "P3 has a What changes section");

        List<String> p2Bullets = p2.select("section.competency > ul > li").eachText();
        assertEquals(19, p2Bullets.size(), "P2's bullets, as content/ has them");
        Set<String> accounted = new HashSet<>(changes.select("details.carried-over li").eachText());
        for (Element grown : changes.select(".grown-bullets > li")) {
            Element before = grown.clone();
            before.select("ins").remove();
            accounted.add(before.text());
            Element kept = grown.clone();
            kept.select("ins, del").remove();
            assertFalse(kept.text().isBlank(), "a grown line keeps some of P2's words: " + grown.text());
        }
        List<String> missing = new ArrayList<>(p2Bullets);
        missing.removeAll(accounted);
        assertEquals(List.of(), missing, "every P2 bullet carries over or grows");
        assertEquals(List.of(), changes.select("del").stream()
                .filter(del -> del.closest(".grown-bullets, .diff-key") == null).map(Element::text).toList(),
                "nothing is struck through outside a grown line");
        assertTrue(changes.select("details.carried-over summary").eachText().stream()
                .allMatch(summary -> summary.startsWith("Carried over from P2")));
        assertTrue(changes.select(".change-summary li").size() == 6, "a summary line per competency");
    }

    @Test
    void trackPageListsWhatIsNewAtEachLevel() throws IOException {
        Document track = page("software-engineering/index.html");
        List<String> levels = track.select(".whats-new > li > h3").eachText();
        assertEquals(List.of("P2 Mid", "P3 Senior", "P4 Senior-plus / Team Technical Lead", "P5 Staff",
                "P6 Principal"), levels);
        String p3 = track.select(".whats-new > li").get(1).text();
        assertTrue(p3.contains("Leads delivery of multi-sprint features involving several engineers"), p3);
    }
}
