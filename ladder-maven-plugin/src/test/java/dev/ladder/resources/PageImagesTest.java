package dev.ladder.resources;

import dev.ladder.BuildResult;
import dev.ladder.LadderFixture;
import dev.ladder.SiteGenerator;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Images beside the Markdown, published next to the pages as Hugo's page bundles are, and checked like links. */
class PageImagesTest {

    /** The smallest PNG there is: one transparent pixel. */
    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");
    static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
            + "<rect width=\"10\" height=\"10\" fill=\"#036\"/></svg>\n";

    @TempDir
    Path dir;

    private LadderFixture withIntro(String intro) {
        return LadderFixture.in(dir).write("content/eng/p1.md", LadderFixture.P1.replace("Learning the ropes.", intro));
    }

    @Test
    void imagesBesideTheLevelAndInAFolderArePublishedNextToItsPage() throws Exception {
        LadderFixture ladder = LadderFixture.in(dir)
                .writeBytes("content/eng/flow.png", PNG)
                .write("content/eng/images/steps.svg", SVG)
                .write("content/eng/p1.md", LadderFixture.P1.replace("Ships small tasks.",
                        "Ships small tasks: ![How a task ships](flow.png)\n\n![The steps](images/steps.svg)\n\n"
                                + "See [the diagram](images/steps.svg)."));

        BuildResult result = SiteGenerator.build(ladder.options());

        assertEquals(List.of(), ladder.lines(result));
        assertArrayEquals(PNG, Files.readAllBytes(ladder.site().resolve("eng/flow.png")));
        assertEquals(SVG, Files.readString(ladder.site().resolve("eng/images/steps.svg")));
        // Every page that shows the section shows the image, from the same folder, as an <img>, never inlined.
        for (String page : List.of("eng/p1.html", "eng/matrix.html", "eng/compare-p1-p2.html", "eng/print.html")) {
            var html = Jsoup.parse(ladder.site().resolve(page).toFile());
            // The booklet shows the level and the matrix, so the images twice.
            assertEquals(List.of("flow.png", "images/steps.svg"), html.select("img").eachAttr("src").stream()
                    .distinct().toList(), page);
            assertEquals(List.of("How a task ships", "The steps"), html.select("img").eachAttr("alt").stream()
                    .distinct().toList(), page);
            assertTrue(html.select("svg rect").isEmpty(), page);
        }
        assertEquals("images/steps.svg", Jsoup.parse(ladder.site().resolve("eng/p1.html").toFile())
                .select("a:contains(the diagram)").attr("href"));
    }

    @Test
    void theLevelsPdfAndTheBookletsPdfShowTheImage() throws Exception {
        LadderFixture ladder = withIntro("![How a task ships](flow.png)").writeBytes("content/eng/flow.png", PNG);

        BuildResult result = SiteGenerator.build(ladder.optionsBuilder().pdf(true).build());

        assertEquals(List.of(), ladder.lines(result));
        for (String pdf : List.of("eng/p1.pdf", "eng/print.pdf")) {
            try (var document = org.apache.pdfbox.Loader.loadPDF(ladder.site().resolve(pdf).toFile())) {
                long images = 0;
                for (var page : document.getPages()) {
                    for (var name : page.getResources().getXObjectNames()) {
                        if (page.getResources().getXObject(name)
                                instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                            images++;
                        }
                    }
                }
                assertTrue(images >= 1, pdf + " shows no image");
            }
        }
    }

    @Test
    void withPdfsOnAnSvgIsAWarningSinceThePdfsLeaveItOut() {
        LadderFixture ladder = withIntro("![How a task ships](flow.svg)").write("content/eng/flow.svg", SVG);

        assertEquals(List.of("content/eng/flow.svg: warning: is left out of the PDFs, which show png, jpg and gif "
                + "images only; the pages show it, and so does printing them from the browser"),
                ladder.lines(SiteGenerator.check(ladder.optionsBuilder().pdf(true).build())));
        assertEquals(List.of(), ladder.check());
    }

    @Test
    void misspeltImageIsAnErrorAtItsLineWithDidYouMean() {
        assertEquals(List.of("content/eng/p1.md:5:1: error: image 'flow.pgn' points to a file that does not exist: "
                        + "there is no 'eng/flow.pgn' in the content folder (did you mean 'flow.png'?)"),
                withIntro("![How a task ships](flow.pgn)").writeBytes("content/eng/flow.png", PNG).check());
    }

    @Test
    void imageInAFolderIsSuggestedFromItsName() {
        assertEquals(List.of("content/eng/p1.md:5:1: error: image 'flow.png' points to a file that does not exist: "
                        + "there is no 'eng/flow.png' in the content folder (did you mean 'images/flow.png'?)"),
                withIntro("![How a task ships](flow.png)").writeBytes("content/eng/images/flow.png", PNG).check());
    }

    @Test
    void imageWithoutADescriptionIsAWarning() {
        assertEquals(List.of("content/eng/p1.md:5:1: warning: image 'flow.png' has no description; write what it "
                        + "shows between the brackets, ![what it shows](flow.png), for readers who cannot see it"),
                withIntro("![](flow.png)").writeBytes("content/eng/flow.png", PNG).check());
    }

    @Test
    void aMarkdownFileIsNotAnImage() {
        assertEquals(List.of("content/eng/p1.md:5:1: error: image 'p2.md' is not an image the site can show; use a "
                + "gif, jpeg, jpg, png, svg, webp file"), withIntro("![P2](p2.md)").check());
    }

    @Test
    void svgWithAScriptIsRefused() {
        assertEquals(List.of("content/eng/evil.svg: error: is an SVG image with a script or an event handler in it, "
                + "which would run on the site's address when the image is opened on its own; save it without "
                + "scripts (as \"plain SVG\")"), LadderFixture.in(dir).write("content/eng/evil.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>\n").check());
    }

    @Test
    void imageTooLargeIsRefusedBeforeItIsRead() throws Exception {
        LadderFixture ladder = LadderFixture.in(dir);
        Files.createDirectories(ladder.path("content/eng"));
        try (RandomAccessFile huge = new RandomAccessFile(ladder.path("content/eng/photo.jpg").toFile(), "rw")) {
            huge.setLength(17L * 1024 * 1024); // sparse: takes no room on disk
        }

        assertEquals(List.of("content/eng/photo.jpg: error: is too large for an image of the site (17 MB; the limit "
                + "is 16 MB); save it smaller"), ladder.check());
    }

    @Test
    void imageLinkedFromOutsideTheContentIsRefused() throws Exception {
        LadderFixture ladder = LadderFixture.in(dir).writeBytes("secret.png", PNG);
        Files.createSymbolicLink(ladder.path("content/eng/flow.png"), ladder.path("secret.png"));

        List<String> problems = ladder.check();

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("content/eng/flow.png: error: is a link to something outside the "
                + "content folder"), problems.get(0));
    }

    @Test
    void anImageAddedChangedOrRemovedIsPublishedSo() throws Exception {
        LadderFixture ladder = withIntro("![How a task ships](flow.png)").write("content/eng/flow.png", "first");
        // Any bytes: the site publishes the file as it is.
        assertTrue(SiteGenerator.build(ladder.options()).written());
        assertEquals("first", Files.readString(ladder.site().resolve("eng/flow.png")));

        ladder.write("content/eng/flow.png", "second");
        assertTrue(SiteGenerator.build(ladder.options()).written());
        assertEquals("second", Files.readString(ladder.site().resolve("eng/flow.png")));

        // Added with no page changed: only the fingerprint, which covers every content file, sees it.
        ladder.write("content/eng/images/later.png", "third");
        assertTrue(SiteGenerator.build(ladder.options()).written());
        assertEquals("third", Files.readString(ladder.site().resolve("eng/images/later.png")));

        ladder.write("content/eng/p1.md", LadderFixture.P1).delete("content/eng/flow.png");
        assertTrue(SiteGenerator.build(ladder.options()).written());
        assertFalse(Files.exists(ladder.site().resolve("eng/flow.png")));
    }
}
