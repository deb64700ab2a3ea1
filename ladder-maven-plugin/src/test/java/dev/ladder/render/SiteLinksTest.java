package dev.ladder.render;

import dev.ladder.BuildOptions;
import dev.ladder.BuildResult;
import dev.ladder.LadderFixture;
import dev.ladder.SiteGenerator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static dev.ladder.LadderFixture.engineeringLevel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page of a built site parses without HTML errors, has no duplicate id, and every relative link,
 * stylesheet, redirect and {@code #anchor} it holds leads to a file and an element that exist. Run on
 * this repository's own ladder and on a small one with a renamed level and a changelog.
 */
class SiteLinksTest {

    private static final Pattern REFRESH = Pattern.compile("url=(.+)$");

    @TempDir
    Path project;

    @Test
    void thisRepositorysLadderHasNoBrokenLinkOrDuplicateId() throws IOException {
        Path repository = Path.of("..").toAbsolutePath().normalize();
        BuildResult result = SiteGenerator.build(BuildOptions.builder(project)
                .content(repository.resolve("content")).templates(repository.resolve("templates"))
                .output(project.resolve("site")).build());
        assertTrue(result.written(), result.problems().toString());

        List<String> faults = check(project.resolve("site"));

        assertEquals(List.of(), faults);
        // The default reach: each level compared with the next two.
        assertTrue(Files.exists(project.resolve("site/software-engineering/compare-p1-p3.html")));
        assertFalse(Files.exists(project.resolve("site/software-engineering/compare-p1-p4.html")));
    }

    @Test
    void ladderWithAliasAndChangelogHasNoBrokenLinkOrDuplicateId() throws IOException {
        LadderFixture ladder = LadderFixture.engineering(project)
                .delete("content/engineering/e3.md")
                .write("content/engineering/senior.md", engineeringLevel("E3", "Senior", "aliases: [e3, old-senior]\n",
                        "- Leads delivery, see [E2](e2.md#delivery) and [below](#design).",
                        "- Designs services."))
                .write("content/CHANGELOG.md", "# Changes\n\n## 1.1\n\n- Renamed [E3](engineering/senior.md#design).\n");
        BuildResult result = ladder.build();
        assertEquals("", ladder.text(result));

        List<String> faults = check(ladder.site());

        assertEquals(List.of(), faults);
        assertTrue(ladder.exists("engineering/old-senior.html"));
        assertTrue(ladder.exists("changes.html"));
    }

    /** Every fault of every page, as "page: what is wrong". */
    static List<String> check(Path site) throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
        Map<Path, Document> parsed = new HashMap<>();
        List<String> faults = new ArrayList<>();
        for (Path page : pages) {
            Parser parser = Parser.htmlParser().setTrackErrors(20);
            Document document = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8), "", parser);
            String name = site.relativize(page).toString().replace('\\', '/');
            parser.getErrors().forEach(error -> faults.add(name + ": HTML error " + error));
            parsed.put(page, document);
            Set<String> ids = new HashSet<>();
            for (Element element : document.select("[id]")) {
                if (!ids.add(element.id())) {
                    faults.add(name + ": duplicate id '" + element.id() + "'");
                }
            }
            for (Element element : document.select("[aria-labelledby]")) {
                if (!ids.contains(element.attr("aria-labelledby"))) {
                    faults.add(name + ": aria-labelledby '" + element.attr("aria-labelledby") + "' names no element");
                }
            }
        }
        for (Path page : pages) {
            Document document = parsed.get(page);
            String name = site.relativize(page).toString().replace('\\', '/');
            List<String> targets = new ArrayList<>();
            document.select("a[href], link[href]").forEach(element -> targets.add(element.attr("href")));
            document.select("script[src]").forEach(element -> targets.add(element.attr("src")));
            for (Element refresh : document.select("meta[http-equiv=refresh]")) {
                Matcher url = REFRESH.matcher(refresh.attr("content"));
                targets.add(url.find() ? url.group(1) : "(refresh without url)");
            }
            for (String target : targets) {
                fault(site, page, target, parsed).ifPresent(fault -> faults.add(name + ": " + fault));
            }
        }
        return faults;
    }

    private static java.util.Optional<String> fault(Path site, Path page, String target, Map<Path, Document> parsed) {
        URI uri = URI.create(target);
        if (uri.getScheme() != null || target.startsWith("//")) {
            return java.util.Optional.empty();
        }
        Path file = uri.getPath().isEmpty() ? page : page.getParent().resolve(uri.getPath()).normalize();
        if (!file.startsWith(site) || !Files.isRegularFile(file)) {
            return java.util.Optional.of("link '" + target + "' leads to no file");
        }
        String anchor = uri.getFragment();
        if (anchor != null && !anchor.isEmpty()) {
            Document document = parsed.get(file);
            if (document == null || document.getElementById(anchor) == null) {
                return java.util.Optional.of("link '" + target + "' leads to no element with id '" + anchor + "'");
            }
        }
        return java.util.Optional.empty();
    }
}
