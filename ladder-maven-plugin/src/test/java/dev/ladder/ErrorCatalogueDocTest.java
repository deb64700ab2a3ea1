package dev.ladder;

import dev.ladder.diff.DiffGenerator;
import dev.ladder.diff.DiffOptions;
import dev.ladder.init.InitOptions;
import dev.ladder.init.InitResult;
import dev.ladder.init.Scaffold;
import dev.ladder.serve.RunningPreview;
import dev.ladder.serve.ServeException;
import dev.ladder.serve.ServeOptions;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps docs/errors.md honest: each broken ladder below is checked, and every line it produces must be
 * quoted in the catalogue word for word, as a line of its own. A message reworded in the code without
 * the catalogue, or an example edited by hand, fails here.
 */
class ErrorCatalogueDocTest {

    private static final Path CATALOGUE = Path.of("../docs/errors.md");
    private static final Path README = Path.of("../README.md");
    private static final String P1 = LadderFixture.P1;
    private static final String P2 = LadderFixture.P2;
    private static final String TRACK = LadderFixture.TRACK;
    private static final String TRACK_FILE = "content/eng/_index.md";
    private static final String INTRO = "Learning the ropes.";
    private static final String GRADED_HOME = "---\ntitle: Test Ladder\ngrades:\n  - G1: Associate\n"
            + "  - G2: Intermediate\n---\nA ladder for tests.\n";

    @TempDir
    Path dir;

    /** A broken ladder, and how its problems are produced from the fixture. */
    record BrokenLadder(String name, Function<LadderFixture, List<String>> problems) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static BrokenLadder checked(String name, UnaryOperator<LadderFixture> breakIt) {
        return new BrokenLadder(name, ladder -> breakIt.apply(ladder).check());
    }

    private static BrokenLadder file(String name, String path, String text) {
        return checked(name, ladder -> ladder.write(path, text));
    }

    private static final String QA_FILE = "content/qa/_index.md";

    /** A broken ladder that also has the specialisation {@code qa} of {@code eng}. */
    private static BrokenLadder specialisation(String name, UnaryOperator<LadderFixture> breakIt) {
        return checked(name, ladder -> breakIt.apply(ladder.withSpecialisation()));
    }

    private static BrokenLadder level(String name, String text) {
        return file(name, "content/eng/p1.md", text);
    }

    private static BrokenLadder track(String name, String text) {
        return file(name, TRACK_FILE, text);
    }

    /** A link written as the first paragraph of p1.md, on line 5. */
    private static BrokenLadder link(String name, String paragraph) {
        return level(name, P1.replace(INTRO, paragraph));
    }

    /** Problems of {@code check} with PDFs on, and the PDF font folder {@code fonts} when not null. */
    private static BrokenLadder pdf(String name, UnaryOperator<LadderFixture> breakIt, String fonts) {
        return new BrokenLadder(name, ladder -> {
            LadderFixture broken = breakIt.apply(ladder);
            BuildOptions.Builder options = broken.optionsBuilder().pdf(true);
            if (fonts != null) {
                options.pdfFonts(broken.path(fonts));
            }
            return broken.lines(SiteGenerator.check(options.build()));
        });
    }

    /** Problems of {@code build}, for those only a build finds: the output folder and failOnWarning. */
    private static BrokenLadder built(String name, Function<LadderFixture, BuildOptions> options) {
        return new BrokenLadder(name, ladder -> {
            BuildResult result = SiteGenerator.build(options.apply(ladder));
            assertFalse(result.written(), "a build with this problem wrote the site");
            return ladder.lines(result);
        });
    }

    /** A change to the fixture that {@link LadderFixture} has no method for. */
    private interface FileChange {
        void apply() throws IOException;
    }

    private static LadderFixture with(LadderFixture ladder, FileChange change) {
        try {
            change.apply();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ladder;
    }

    private static LadderFixture folder(LadderFixture ladder, String path) {
        return with(ladder, () -> Files.createDirectories(ladder.path(path)));
    }

    /** The fixture with {@code home} as its home page and its levels P1 and P2 at the given grades. */
    private static LadderFixture graded(LadderFixture ladder, String home, String p1, String p2) {
        return ladder.write("content/_index.md", home)
                .write("content/eng/p1.md", P1.replace("title: Junior\n", "title: Junior\ngrade: " + p1 + "\n"))
                .write("content/eng/p2.md", P2.replace("title: Mid\n", "title: Mid\ngrade: " + p2 + "\n"));
    }

    static Stream<BrokenLadder> brokenLadders() {
        return Stream.of(
                // Files and encoding
                checked("no content folder", ladder -> ladder.delete("content")),
                checked("content that is a file", ladder -> ladder.delete("content").write("content", "x\n")),
                checked("no home page", ladder -> ladder.delete("content/_index.md")),
                checked("no track index", ladder -> ladder.delete(TRACK_FILE)),
                file("level file outside a track", "content/p1.md", P1),
                checked("folder inside a track", ladder -> folder(ladder, "content/eng/drafts")),
                file("track name with a space", "content/my track/_index.md", TRACK),
                checked("level name with a space",
                        ladder -> ladder.delete("content/eng/p2.md").write("content/eng/p 2.md", P2)),
                checked("level saved as .markdown",
                        ladder -> ladder.delete("content/eng/p2.md").write("content/eng/p2.markdown", P2)),
                checked("track index saved as .markdown", ladder -> ladder.delete(TRACK_FILE)
                        .write("content/eng/_index.markdown", TRACK)),
                file("text file with front matter", "content/eng/p3.txt", P2.replace("P2", "P3")),
                file("level named like a page of the site", "content/eng/matrix.md", P2),
                file("track named like a folder of the site", "content/assets/_index.md", TRACK),
                checked("track folders differing in case", ladder -> ladder.write("content/Eng/_index.md", TRACK)
                        .write("content/Eng/p1.md", P1).write("content/Eng/p2.md", P2)),
                file("level named like a part of the booklet", "content/eng/cover.md", P2),
                checked("level files differing in case", ladder -> with(ladder,
                        () -> Files.writeString(ladder.path("content/eng/P1.md"), P1))),
                checked("folder named like a level file",
                        ladder -> folder(ladder.delete("content/eng/p2.md"), "content/eng/p2.md")),
                checked("link to a file that was moved", ladder -> with(ladder.delete("content/eng/p2.md"),
                        () -> Files.createSymbolicLink(ladder.path("content/eng/p2.md"),
                                ladder.path("content/eng/moved.md")))),
                checked("changelog linked outside the content", ladder -> with(ladder.write("notes.md", "x\n"),
                        () -> Files.createSymbolicLink(ladder.path("content/CHANGELOG.md"), ladder.path("notes.md")))),
                checked("asset linked outside the templates", ladder -> with(ladder.write("notes.md", "x\n")
                        .write("templates/assets/style.css", "p {}\n"), () -> Files.createSymbolicLink(
                                ladder.path("templates/assets/env.txt"), ladder.path("notes.md")))),
                checked("file too large", ladder -> with(ladder, () -> {
                    try (RandomAccessFile huge = new RandomAccessFile(ladder.path("content/eng/p3.md").toFile(), "rw")) {
                        huge.setLength(17L * 1024 * 1024); // sparse: takes no room on disk
                    }
                })),
                checked("template too large", ladder -> with(ladder.write("templates/level.ftlh", ""), () -> {
                    try (RandomAccessFile huge = new RandomAccessFile(ladder.path("templates/level.ftlh").toFile(), "rw")) {
                        huge.setLength(17L * 1024 * 1024);
                    }
                })),
                checked("Latin-1 file", ladder -> ladder.writeBytes("content/eng/p2.md",
                        P2.replace("Reviews others' work.", "Reviews others' work, café included.")
                                .getBytes(StandardCharsets.ISO_8859_1))),
                // Front matter and YAML
                level("empty file", ""),
                level("blank line above the front matter", "\n" + P1),
                level("no front matter", "# Junior\n\nLearning.\n"),
                level("front matter never closed", P1.replace("title: Junior\n---\n", "title: Junior\n")),
                level("front matter that is a list", P1.replace("level: P1\ntitle: Junior", "- level: P1\n- title: Junior")),
                level("front matter that is one value", P1.replace("level: P1\ntitle: Junior", "Junior engineer")),
                level("key that is not a word", P1.replace("title: Junior\n", "title: Junior\n? [a, b]\n: c\n")),
                level("field given twice", P1.replace("title: Junior\n", "title: Junior\ntitle: Trainee\n")),
                level("merge key", P1.replace("title: Junior\n", "base: &b {title: Junior}\n<<: *b\n")),
                level("type tag", P1.replace("title: Junior", "title: !!binary SnVuaW9y")),
                level("control character", P1.replace("title: Junior", "title: Jun\u0000ior")),
                level("colon in a value", P1.replace("title: Junior", "title: Lead: platform")),
                level("field indented under another", P1.replace("title: Junior", "title: Junior\n  summary: Early career")),
                level("quote never closed", P1.replace("title: Junior", "title: \"Junior")),
                level("line without a colon", P1.replace("title: Junior", "title Junior")),
                level("value starting with @", P1.replace("title: Junior", "title: @junior")),
                level("Markdown bold in a value", P1.replace("title: Junior", "title: **Junior**")),
                level("value starting with >", P1.replace("title: Junior", "title: Junior\nsummary: > 2 years of experience")),
                level("line starting with %", P1.replace("title: Junior", "title: Junior\n%time: 50")),
                level("brace never closed", P1.replace("title: Junior", "title: {Junior")),
                level("backslash in double quotes", P1.replace("title: Junior", "title: Junior\nsummary: \"Runs A\\B tests\"")),
                level("line starting with ---", P1.replace("title: Junior", "title: Junior\n--- draft")),
                track("bracket never closed", TRACK.replace("[P1, P2]", "[P1, P2")),
                track("list entry on its field's line", TRACK.replace("levels: [P1, P2]", "levels: - P1")),
                track("list entry missing", TRACK.replace("[P1, P2]", "[P1, , P2]")),
                track("list entry indented less", TRACK.replace("  - Teamwork", " - Teamwork")),
                track("list entry indented further", TRACK.replace("  - Teamwork", "   - Teamwork")),
                track("list starting at the line's start", TRACK.replace("  - Delivery", "- Delivery")),
                level("tab after the colon", P1.replace("title: Junior", "title:\tJunior")),
                track("tab for indentation", TRACK.replace("  - Delivery", "\t- Delivery")),
                level("front matter too large", P1.replace("title: Junior", "title: Junior\nsummary: " + "x".repeat(300_000))),
                level("front matter nested too deeply", P1.replace("title: Junior", "title: " + "[".repeat(500) + "]".repeat(500))),
                // Fields
                level("misspelt field", P1.replace("title:", "titel:")),
                track("unknown field", TRACK.replace("title: Engineer", "title: Engineer\nowner: Ana")),
                level("missing title", P1.replace("title: Junior\n", "")),
                file("home page without a title", "content/_index.md", "---\norganisation: Example\n---\nIntro.\n"),
                level("empty field", P1.replace("title: Junior", "title:")),
                file("date in words", "content/_index.md", "---\ntitle: Test Ladder\neffective: 5 January 2026\n---\n"),
                file("date not on the calendar", "content/_index.md", "---\ntitle: Test Ladder\neffective: 2026-02-30\n---\n"),
                file("group of fields for a date", "content/_index.md", "---\ntitle: Test Ladder\neffective:\n  from: 2026-01-05\n---\n"),
                file("cumulative in words", "content/_index.md", "---\ntitle: Test Ladder\ncumulative: yes please\n---\n"),
                track("text for a list", TRACK.replace("[P1, P2]", "P1, P2")),
                level("list for text", P1.replace("title: Junior", "title: [Junior, Trainee]")),
                level("group of fields for text", P1.replace("title: Junior", "title:\n  en: Junior")),
                track("list entry that is a field", TRACK.replace("- Delivery", "- Delivery: fast")),
                track("empty list", TRACK.replace("[P1, P2]", "[]")),
                file("empty aliases", "content/eng/p2.md", P2.replace("title: Mid\n", "title: Mid\naliases: []\n")),
                // Tracks and levels
                checked("level without a file", ladder -> ladder.delete("content/eng/p2.md")),
                file("level not listed", "content/eng/p3.md", P2.replace("P2", "P3")),
                file("level code in lower case", "content/eng/p2.md", P2.replace("P2", "p2")),
                file("two files for one level", "content/eng/p2b.md", P2),
                track("level listed twice", TRACK.replace("[P1, P2]", "[P1, P2, P1]")),
                track("more levels than a track may have", TRACK.replace("[P1, P2]", java.util.stream.IntStream
                        .rangeClosed(1, 1001).mapToObj(i -> "P" + i).collect(java.util.stream.Collectors.joining(", ", "[", "]")))),
                track("competency listed twice", TRACK.replace("  - Teamwork\n", "  - Teamwork\n  - delivery\n")),
                track("competency named like a part of a page", TRACK.replace("  - Teamwork\n", "  - Teamwork\n  - Main\n")),
                track("competency name too long", TRACK.replace("  - Teamwork\n", "  - Teamwork\n  - " + "Lead ".repeat(41) + "\n")),
                track("competency without a letter", TRACK.replace("  - Teamwork\n", "  - Teamwork\n  - \"???\"\n")),
                track("competency heading in an overview", TRACK + "\n## Delivery\n\nHow we ship.\n"),
                // Grades
                checked("grade not declared", ladder -> graded(ladder, GRADED_HOME, "G1", "g2")),
                checked("grades go down a track", ladder -> graded(ladder, GRADED_HOME, "G2", "G1")),
                checked("grade without grades", ladder -> graded(ladder, LadderFixture.HOME, "G1", "G2")),
                checked("grade declared twice", ladder -> graded(ladder, GRADED_HOME.replace("---\nA", "  - g1\n---\nA"),
                        "G1", "G2")),
                checked("grade entry of the wrong shape", ladder -> graded(ladder,
                        GRADED_HOME.replace("  - G2: Intermediate", "  - [G2, G3]"), "G1", "G1")),
                checked("grade without its name", ladder -> graded(ladder,
                        GRADED_HOME.replace("  - G2: Intermediate", "  - G2:"), "G1", "G1")),
                checked("grade id with a space", ladder -> graded(ladder,
                        GRADED_HOME.replace("  - G2: Intermediate", "  - Grade 2"), "G1", "G1")),
                checked("no grades listed", ladder -> graded(ladder,
                        "---\ntitle: Test Ladder\ngrades: []\n---\nA ladder for tests.\n", "G1", "G1")),
                checked("levels without a grade", ladder -> ladder.write("content/_index.md", GRADED_HOME)),
                checked("cross-track compare page name taken", ladder -> graded(ladder, GRADED_HOME, "G1", "G2")
                        .write("content/eng/p2.md", P2.replace("title: Mid\n",
                                "title: Mid\ngrade: G2\naliases: [compare-p1-with-ops-s1]\n"))
                        .write("content/ops/_index.md", "---\ntitle: Operations\nlevels: [S1]\ncompetencies: [Delivery]"
                                + "\n---\n")
                        .write("content/ops/s1.md", "---\nlevel: S1\ntitle: Associate\ngrade: G1\n---\n## Delivery\n\n"
                                + "Keeps the lights on.\n")),
                // Specialisations
                specialisation("extends a missing track", ladder -> ladder.write(QA_FILE,
                        LadderFixture.QA_TRACK.replace("extends: eng", "extends: engg"))),
                specialisation("extends itself", ladder -> ladder.write(QA_FILE,
                        LadderFixture.QA_TRACK.replace("extends: eng", "extends: qa"))),
                specialisation("tracks that extend each other", ladder -> ladder.withOperationsTrack()
                        .write(TRACK_FILE, TRACK.replace("title: Engineer\n", "title: Engineer\nextends: ops\n"))
                        .write("content/ops/_index.md", "---\ntitle: Site Reliability Engineer\nextends: qa\n"
                                + "levels: [S1]\ncompetencies: [Delivery]\n---\n")),
                specialisation("base level that does not exist", ladder -> ladder.write("content/qa/q1.md",
                        LadderFixture.Q1.replace("title: Junior QA\n", "title: Junior QA\nbase: p2\n"))),
                specialisation("base in a track that extends none", ladder -> ladder.write("content/eng/p1.md",
                        P1.replace("title: Junior\n", "title: Junior\nbase: P1\n"))),
                specialisation("level counts differ", ladder -> ladder.write(QA_FILE,
                        LadderFixture.QA_TRACK.replace("[Q1, Q2]", "[Q1, Q2, Q3]")).write("content/qa/q3.md",
                        LadderFixture.Q1.replace("Q1", "Q3").replace("title: Junior QA\n", "title: Lead QA\nbase: P2\n"))),
                specialisation("omit names no base competency", ladder -> ladder.write(QA_FILE,
                        LadderFixture.QA_TRACK.replace("  - Teamwork\n", "  - Teamwork\nomit: [Mentoring]\n"))),
                specialisation("omit and competencies both", ladder -> ladder.write(QA_FILE,
                        LadderFixture.QA_TRACK.replace("  - Teamwork\n", "  - Teamwork\nomit: [teamwork]\n"))),
                checked("omit in a track that extends none", ladder -> ladder.write(TRACK_FILE,
                        TRACK.replace("  - Teamwork\n", "  - Teamwork\nomit: [Teamwork]\n"))),
                specialisation("base competency neither kept nor omitted", ladder -> ladder.write(QA_FILE,
                        LadderFixture.QA_TRACK.replace("  - Teamwork\n", ""))),
                specialisation("section the base cannot give", ladder -> ladder.write("content/qa/q1.md",
                        LadderFixture.Q1.replace("## Testing\n\nWrites test cases.\n", ""))),
                // Competency sections
                level("misspelt section", P1.replace("## Teamwork", "## Temwork")),
                level("section of no competency", P1.replace("## Teamwork", "## Hobbies")),
                level("section heading one '#' too deep", P1.replace("## Teamwork", "### Teamwork")),
                level("missing section", P1.replace("## Teamwork\n\nAsks for help early.\n", "")),
                level("section given twice", P1 + "\n## Delivery\n\nAnd more.\n"),
                level("empty section", P1.replace("Ships small tasks.\n\n", "")),
                level("section heading too long", P1 + "\n## " + "Lead ".repeat(41) + "\n\nMore.\n"),
                level("nested too deeply", P1.replace("Asks for help early.", "> ".repeat(200) + "Asks.")),
                // Links
                link("link without a target", "See [P2]()."),
                link("javascript link", "See [P2](javascript:alert(1))."),
                link("link from the root", "See [P2](/eng/p2.md)."),
                link("link to a missing file", "See [P3](p3.md)."),
                link("link to a misspelt file", "See [P2](p-2.md)."),
                link("link to a page of the site", "See [P2](p2.html)."),
                link("link to a misspelt section", "See [P2](p2.md#teamwrok)."),
                link("link to an unknown section", "See [P2](p2.md#growth)."),
                link("link to a misspelt section of this page", "See [below](#temwork)."),
                link("link to a section of a track page", "See [the track](_index.md#levels)."),
                link("link to a text file", "See [notes](notes.txt)."),
                checked("link to a Markdown file outside a track", ladder -> ladder.write("content/notes.md", "Notes.\n")
                        .write("content/eng/p1.md", P1.replace(INTRO, "See [notes](../notes.md)."))),
                link("link outside the content", "See [the guide](../../guide.md)."),
                link("image from another host", "See ![the team](https://cdn.example/team.png)."),
                checked("misspelt image", ladder -> ladder.writeBytes("content/eng/flow.png", new byte[] {1})
                        .write("content/eng/p1.md", P1.replace(INTRO, "See ![the flow](flow.pgn)."))),
                link("image that is not a picture", "See ![P2](p2.md)."),
                new BrokenLadder("SVG with PDFs on", ladder -> ladder.lines(SiteGenerator.check(ladder
                        .write("content/eng/flow.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n")
                        .optionsBuilder().pdf(true).build()))),
                link("image without a file", "See ![the flow]()."),
                link("image from the root", "See ![the flow](/eng/flow.png)."),
                link("image as data", "See ![the flow](data:image/png;base64,iVBORw0KGgo=)."),
                link("image outside the content", "See ![the flow](../../flow.png)."),
                checked("image without a description", ladder -> ladder.writeBytes("content/eng/flow.png", new byte[] {1})
                        .write("content/eng/p1.md", P1.replace(INTRO, "See ![](flow.png)."))),
                file("SVG with a script", "content/eng/evil.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>\n"),
                checked("image too large", ladder -> with(ladder, () -> {
                    try (RandomAccessFile huge = new RandomAccessFile(ladder.path("content/eng/photo.jpg").toFile(), "rw")) {
                        huge.setLength(17L * 1024 * 1024);
                    }
                })),
                link("HTML in the text", "Learning<br>the <b>ropes</b>."),
                link("HTML comment", "<!-- ask Ana -->"),
                link("link with an encoded NUL", "See [P2](p2%00.md)."),
                // Aliases
                file("alias with a space", "content/eng/p2.md", P2.replace("title: Mid\n", "title: Mid\naliases: [mid level]\n")),
                file("alias of the level's own file", "content/eng/p2.md", P2.replace("title: Mid\n", "title: Mid\naliases: [p2]\n")),
                file("alias of another level", "content/eng/p2.md", P2.replace("title: Mid\n", "title: Mid\naliases: [p1]\n")),
                checked("alias of another level's alias", ladder -> ladder
                        .write("content/eng/p1.md", P1.replace("title: Junior\n", "title: Junior\naliases: [trainee]\n"))
                        .write("content/eng/p2.md", P2.replace("title: Mid\n", "title: Mid\naliases: [Trainee]\n"))),
                file("aliases of pages of the site", "content/eng/p2.md",
                        P2.replace("title: Mid\n", "title: Mid\naliases: [matrix, compare-p1-p2]\n")),
                checked("level file named like a compare page", ladder -> ladder
                        .write(TRACK_FILE, TRACK.replace("[P1, P2]", "[P1, P2, P3]"))
                        .write("content/eng/compare-p1-p2.md", P2.replace("P2", "P3"))),
                checked("two compare pages of one name", ladder -> ladder.delete("content/eng/p1.md").delete("content/eng/p2.md")
                        .write(TRACK_FILE, TRACK.replace("[P1, P2]", "[P1, P2, P3, P4]"))
                        .write("content/eng/x.md", P1).write("content/eng/x-y.md", P1.replace("P1", "P2"))
                        .write("content/eng/y-z.md", P1.replace("P1", "P3")).write("content/eng/z.md", P1.replace("P1", "P4"))),
                // Templates
                file("missing value in a template", "templates/partials/branding.ftlh", "<p>\n  ${site.titel}\n</p>\n"),
                file("unclosed #if", "templates/partials/branding.ftlh", "<p>\n<#if site.title?has_content>${site.title}\n"),
                file("unclosed ${", "templates/level.ftlh", "<h1>${level.title</h1>\n"),
                file("include of a missing template", "templates/partials/branding.ftlh", "<#include \"logo.ftlh\">\n"),
                file("layout without the built-in parameters", "templates/layout.ftlh",
                        "<#macro page title>\n<html><body><#nested></body></html>\n</#macro>\n"),
                // Options
                built("baseUrl with a script", ladder -> ladder.optionsBuilder().baseUrl("javascript:alert(1)").build()),
                built("editUrl with a script", ladder -> ladder.optionsBuilder().editUrl("javascript:alert(1)//{path}").build()),
                built("compareReach not a reach", ladder -> ladder.optionsBuilder().compareReach("next").build()),
                // Output folder
                built("output is the project folder", ladder -> ladder.optionsBuilder().output(ladder.root()).build()),
                built("output is the content folder", ladder -> ladder.optionsBuilder().output(ladder.path("content")).build()),
                built("output inside the content", ladder -> ladder.optionsBuilder().output(ladder.path("content/site")).build()),
                built("output holds the templates", ladder -> ladder.write("theme/templates/partials/branding.ftlh", "<p>x</p>\n")
                        .optionsBuilder().templates(ladder.path("theme/templates")).output(ladder.path("theme")).build()),
                built("output inside the templates", ladder -> ladder.write("templates/assets/x.css", "p {}\n")
                        .optionsBuilder().output(ladder.path("templates/assets/site")).build()),
                built("output is Maven's target", ladder -> ladder.optionsBuilder().output(ladder.path("target")).build()),
                built("a backup folder of the user's", ladder -> ladder.write(".site.previous/notes.txt", "x\n").options()),
                built("output that is a link to nothing", ladder -> with(ladder,
                        () -> Files.createSymbolicLink(ladder.path("site"), ladder.path("gone"))).options()),
                built("output is a file", ladder -> ladder.write("site", "x\n").options()),
                built("output holds other files", ladder -> ladder.write("site/notes.txt", "x\n").options()),
                built("output below a file", ladder -> ladder.write("notes.txt", "x\n")
                        .optionsBuilder().output(ladder.path("notes.txt/site")).build()),
                // Warnings and failOnWarning
                built("empty section with failOnWarning", ladder -> ladder
                        .write("content/eng/p1.md", P1.replace("Ships small tasks.\n\n", ""))
                        .optionsBuilder().failOnWarning(true).build()),
                // PDFs
                pdf("character in no PDF font", ladder -> ladder.write("content/eng/p1.md",
                        P1.replace(INTRO, "Works with the office in 東京.")), null),
                pdf("missing PDF font folder", UnaryOperator.identity(), "fonts"),
                pdf("not a font in the PDF font folder", ladder -> ladder.write("fonts/Corporate.ttf", "x\n"), "fonts"),
                // The diff goal
                new BrokenLadder("diff outside git", ErrorCatalogueDocTest::diff),
                new BrokenLadder("diff of a working copy with errors", ladder -> {
                    commit(ladder);
                    ladder.write("content/eng/p1.md", P1.replace("## Teamwork", "## Temwork"));
                    return diff(ladder);
                }),
                new BrokenLadder("diff with a base with errors", ladder -> {
                    commit(ladder.write("content/eng/p1.md", P1.replace("## Teamwork", "## Temwork")));
                    ladder.write("content/eng/p1.md", P1);
                    return diff(ladder);
                }),
                new BrokenLadder("diff without commits", ladder -> {
                    repository(ladder).close();
                    return diff(ladder);
                }),
                // The versions archive (ladder.versions)
                versions("versions outside git", ladder -> ladder, "v*"),
                versions("versions naming a tag that does not exist", ladder -> tagged(ladder, "v1.0"), "v1.1"),
                versions("versions pattern matching no tag", ladder -> tagged(ladder, "v1.0"), "release-*"),
                versions("versions in a shallow clone without tags", ladder -> shallow(tagged(ladder)), "v*"),
                versions("versions naming one commit twice", ladder -> tagged(ladder, "v1.0", "v1.0-final"), "v*"),
                versions("version name that is no folder name", ladder -> tagged(ladder, "v1.0+hotfix"), "v*"),
                versions("version with errors", ladder -> tagged(ladder.write("content/eng/p1.md",
                        P1.replace("## Teamwork", "## Temwork")), "v0.9").write("content/eng/p1.md", P1), "v0.9"),
                versions("version without the content folder", ladder -> with(tagged(with(ladder,
                        () -> Files.move(ladder.path("content"), ladder.path("ladder"))), "v0.1"),
                        () -> Files.move(ladder.path("ladder"), ladder.path("content"))), "v0.1"),
                // Starting a ladder: ladder:init, run in the fixture's folder, which has content/ already
                new BrokenLadder("init where files exist", ladder -> init(ladder.write("README.md", "Ours.\n"),
                        ladder.root(), "Acme Ladder", "P1,P2,P3")),
                new BrokenLadder("init into a file", ladder -> init(ladder, ladder.write("notes.txt", "x\n")
                        .path("notes.txt"), "Acme Ladder", "P1,P2,P3")),
                new BrokenLadder("init with no title and bad level codes", ladder -> init(ladder,
                        ladder.path("new"), "", "P1,,P 3,Matrix,p1")),
                new BrokenLadder("init with a title on two lines", ladder -> init(ladder,
                        ladder.path("new"), "Acme\nLadder", "P1,P2")),
                new BrokenLadder("init with a level code the ladder refuses", ladder -> init(ladder,
                        ladder.path("new"), "Acme Ladder", "P1,P2,compare-p1-p2")),
                // The live preview, ladder:serve
                new BrokenLadder("serve on a port in use", ErrorCatalogueDocTest::serveOnAPortInUse),
                new BrokenLadder("serve a ladder with errors", ladder -> serve(ladder
                        .write("content/eng/p1.md", P1.replace("## Teamwork", "## Temwork")), false)),
                new BrokenLadder("serve, then save an error", ladder -> serve(ladder, true)));
    }

    /** What the preview logs as errors and warnings, started on the fixture and, if asked, after a broken save. */
    private static List<String> serve(LadderFixture ladder, boolean breakAfterStart) {
        try (RunningPreview preview = RunningPreview.start(ladder.options())) {
            if (breakAfterStart) {
                ladder.write("content/eng/p1.md", P1.replace("## Teamwork", "## Temwork"));
                preview.awaitBuild(2);
            }
            return preview.log().stream().filter(line -> !line.startsWith("INFO "))
                    .map(line -> line.substring(line.indexOf(' ') + 1)).toList();
        } catch (ServeException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The preview's refusal of a port another program has, shown for port 1313 as a user would see it. */
    private static List<String> serveOnAPortInUse(LadderFixture ladder) {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            RunningPreview.start(new ServeOptions(ladder.options(), ServeOptions.LOOPBACK, port,
                    ServeOptions.DEFAULT_QUIET)).close();
            return List.of("the preview started on a port in use");
        } catch (ServeException e) {
            return List.of(e.getMessage().replaceAll("\\b\\d{4,5}\\b(?= on)", "1313")
                    .replaceAll("-Dladder\\.port=\\d+", "-Dladder.port=1314"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of a build with {@code ladder.versions}, in a repository {@code repository} makes of the fixture. */
    private static BrokenLadder versions(String name, UnaryOperator<LadderFixture> repository, String... versions) {
        return new BrokenLadder(name, ladder -> ladder.lines(SiteGenerator.build(repository.apply(ladder)
                .optionsBuilder().versions(List.of(versions)).build())));
    }

    /** Commits everything at a fixed time (so commit ids, and the messages naming them, never change) and tags it. */
    private static LadderFixture tagged(LadderFixture ladder, String... tags) {
        try (Git git = Git.open(ladder.root().toFile())) {
            release(git, tags);
        } catch (IOException e) {
            try (Git git = repository(ladder)) {
                release(git, tags);
            }
        }
        return ladder;
    }

    private static void release(Git git, String... tags) {
        PersonIdent ana = new PersonIdent("Ana", "ana@example.org", Instant.parse("2026-01-05T09:00:00Z"),
                ZoneOffset.UTC);
        try {
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call();
            git.commit().setMessage("Ladder").setAuthor(ana).setCommitter(ana).setSign(false).call();
            for (String tag : tags) {
                git.tag().setName(tag).setAnnotated(false).call();
            }
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Marks the repository as a shallow clone, as {@code git clone --depth 1} leaves it. */
    private static LadderFixture shallow(LadderFixture ladder) {
        return with(ladder, () -> {
            try (Git git = Git.open(ladder.root().toFile())) {
                Files.writeString(ladder.path(".git/shallow"), git.getRepository().resolve("HEAD").name() + "\n");
            }
        });
    }

    /** The lines {@code ladder:init} logs, with the fixture's folder shown as a user's would be. */
    private static List<String> init(LadderFixture ladder, Path folder, String title, String levels) {
        InitResult result = Scaffold.init(new InitOptions(folder, title, InitOptions.splitLevels(levels),
                new InitOptions.PluginCoordinates("dev.ladder", "ladder-maven-plugin", "1.0")));
        assertTrue(result.written().isEmpty(), "init wrote files although it refused: " + result.written());
        String root = ladder.root().toAbsolutePath().normalize().toString();
        return result.problems().stream().map(line -> line.replace(root, "/home/ana/ladder")).toList();
    }

    private static Git repository(LadderFixture ladder) {
        try {
            return Git.init().setDirectory(ladder.root().toFile()).setInitialBranch("main").call();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void commit(LadderFixture ladder) {
        try (Git git = repository(ladder)) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Ladder").setAuthor("Ana", "ana@example.org")
                    .setCommitter("Ana", "ana@example.org").setSign(false).call();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The lines {@code ladder:diff} logs, comparing the working copy with HEAD. */
    private static List<String> diff(LadderFixture ladder) {
        return DiffGenerator.diff(new DiffOptions(ladder.root(), ladder.path("content"), ladder.path("templates"),
                ladder.path("target/ladder"), "HEAD", null, false)).errors();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenLadders")
    void everyLineOfABrokenLadderIsQuotedInTheCatalogue(BrokenLadder broken) throws IOException {
        List<String> problems = broken.problems().apply(LadderFixture.in(dir));
        List<String> catalogue = Files.readAllLines(CATALOGUE, StandardCharsets.UTF_8);

        assertFalse(problems.isEmpty(), "this ladder has no problem, so it shows nothing: " + broken);
        List<String> missing = problems.stream().filter(line -> !catalogue.contains(line)).toList();
        assertEquals(List.of(), missing, "docs/errors.md does not quote these lines as they are printed");
    }

    @Test
    void theReadmeListsTheCataloguesSectionsInOrder() throws IOException {
        List<String> sections = sectionHeadings(Files.readAllLines(CATALOGUE, StandardCharsets.UTF_8)).stream()
                .map(ErrorCatalogueDocTest::anchor).toList();
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String fixing = readme.substring(readme.indexOf("\n## Fixing build errors\n"),
                readme.indexOf("\n## ", readme.indexOf("\n## Fixing build errors\n") + 1));
        List<String> linked = Pattern.compile("\\(docs/errors\\.md#([^)]+)\\)").matcher(fixing).results()
                .map(link -> link.group(1)).toList();

        assertTrue(fixing.contains("(docs/errors.md)"), "the README no longer links to the catalogue");
        assertEquals(sections, linked);
    }

    /** The {@code ##} headings, leaving out lines of fenced examples such as "## Delivery" in a level file. */
    private static List<String> sectionHeadings(List<String> markdown) {
        List<String> headings = new ArrayList<>();
        boolean inExample = false;
        for (String line : markdown) {
            if (line.startsWith("```")) {
                inExample = !inExample;
            } else if (!inExample && line.startsWith("## ")) {
                headings.add(line.substring(3));
            }
        }
        return headings;
    }

    /** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
    private static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }
}
