package dev.ladder.publish;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.ladder.LadderFixture;
import dev.ladder.serve.RunningPreview;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live preview in headless Chromium, as an editor uses it: the page in the browser follows the file
 * on disk, shows the problems of a broken save over the last good page, and drops them once fixed.
 * Every wait is a bounded poll for what a person would see; nothing is timed.
 */
class LivePreviewBrowserTest {

    private static final String LONG_INTRO = "A paragraph to scroll past.\n\n".repeat(60);

    @TempDir
    static Path profile;

    @TempDir
    Path dir;

    private static HeadlessChromium chromium;
    private static ChromeDriver driver;
    private RunningPreview preview;

    @BeforeAll
    static void startBrowser() {
        RequiredTools.requireBrowser("LivePreviewBrowserTest");
        chromium = HeadlessChromium.start(profile.resolve("chromium-profile"));
        driver = chromium.driver();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @AfterEach
    void stopPreview() {
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    void aSavedLevelShowsInTheOpenPageAtTheSameScrollPosition() throws Exception {
        LadderFixture ladder = LadderFixture.in(dir)
                .write("content/eng/p1.md", LadderFixture.P1.replace("Learning the ropes.", LONG_INTRO));
        preview = RunningPreview.start(ladder.options());
        driver.get(preview.address().resolve("eng/p1.html").toString());
        driver.executeScript("window.scrollTo(0, 400)");
        awaitScript("return window.scrollY === 400");

        ladder.write("content/eng/p1.md", LadderFixture.P1.replace("Learning the ropes.", LONG_INTRO)
                .replace("Ships small tasks.", "Ships tiny, well-tested tasks."));

        await(d -> d.findElement(By.tagName("main")).getText().contains("Ships tiny, well-tested tasks."));
        awaitScript("return window.scrollY === 400");
    }

    @Test
    void aPageTheBuildDidNotChangeDoesNotReload() throws Exception {
        LadderFixture ladder = LadderFixture.in(dir);
        preview = RunningPreview.start(ladder.options());
        driver.get(preview.address().resolve("eng/p1.html").toString());
        driver.executeScript("window.ladderTestMark = 'still here'");
        long build = preview.preview().latest().number();

        ladder.write("content/eng/p2.md", LadderFixture.P2.replace("Reviews others' work.", "Reviews everyone's work."));

        awaitScript("return Number(document.documentElement.dataset.ladderBuild) > " + build);
        assertEquals("still here", driver.executeScript("return window.ladderTestMark"));
        assertTrue(preview.preview().latest().changed().contains("eng/p2.html"));
    }

    @Test
    void anErrorShowsInAnOverlayNamingTheFileAndLineUntilItIsFixed() throws Exception {
        LadderFixture ladder = LadderFixture.in(dir);
        preview = RunningPreview.start(ladder.options());
        driver.get(preview.address().resolve("eng/p1.html").toString());

        ladder.write("content/eng/p1.md", LadderFixture.P1.replace("## Teamwork", "## Temwork"));

        await(d -> overlayText().contains("content/eng/p1.md:11:1: error: section '## Temwork' is not a "
                + "competency of this track (did you mean 'Teamwork'?)"));
        assertTrue(overlayText().contains("11## Temwork"), "the source line is not shown: " + overlayText());
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("Asks for help early."),
                "the last good page is not under the overlay");

        ladder.write("content/eng/p1.md", LadderFixture.P1.replace("Asks for help early.", "Asks for help."));

        await(d -> overlayText().isEmpty() && d.findElement(By.tagName("main")).getText().contains("Asks for help."));
    }

    @Test
    void aDeletedLevelsPageAnswers404AndTheTrackPageDropsIt() throws Exception {
        LadderFixture ladder = LadderFixture.in(dir);
        preview = RunningPreview.start(ladder.options());
        String levelTab = driver.getWindowHandle();
        driver.get(preview.address().resolve("eng/p2.html").toString());
        driver.switchTo().newWindow(WindowType.TAB);
        driver.get(preview.address().resolve("eng/").toString());
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("Mid"));

        ladder.write("content/eng/_index.md", LadderFixture.TRACK.replace("[P1, P2]", "[P1]"))
                .delete("content/eng/p2.md");

        await(d -> !d.findElement(By.tagName("main")).getText().contains("Mid") && overlayText().isEmpty());
        driver.close();
        driver.switchTo().window(levelTab);
        await(d -> Objects.requireNonNull(d.getTitle()).startsWith("Page not found"));
        assertEquals(404, preview.get("/eng/p2.html").statusCode());
    }

    @Test
    void warningsShowInABarThatStaysDismissedUntilTheyChange() throws Exception {
        LadderFixture ladder = LadderFixture.in(dir)
                .write("content/eng/p1.md", LadderFixture.P1.replace("Ships small tasks.\n\n", ""));
        preview = RunningPreview.start(ladder.options());
        driver.get(preview.address().resolve("eng/p1.html").toString());
        await(d -> overlayText().contains("content/eng/p1.md:7:1: warning: section '## Delivery' is empty"));

        driver.executeScript("document.querySelector('ladder-problems').shadowRoot"
                + ".querySelector('[data-ladder-dismiss]').click()");
        await(d -> overlayText().isEmpty());
        driver.navigate().refresh();
        awaitScript("return document.documentElement.dataset.ladderProblems === 'dismissed'");
        assertEquals("", overlayText());

        ladder.write("content/eng/p2.md", LadderFixture.P2.replace("Reviews others' work.\n", ""));

        await(d -> overlayText().contains("content/eng/p2.md"));
    }

    @Test
    void markupInTheContentShowsAsTextInTheOverlay() throws Exception {
        LadderFixture ladder = LadderFixture.in(dir);
        preview = RunningPreview.start(ladder.options());
        driver.get(preview.address().resolve("eng/p1.html").toString());
        String title = driver.getTitle();

        ladder.write("content/eng/p1.md", LadderFixture.P1.replace("## Teamwork",
                "## <img src=x onerror=\"document.title='run'\"><b>Teamwork</b>"));

        await(d -> overlayText().contains("<img src=x onerror=\"document.title='run'\"><b>Teamwork</b>"));
        assertEquals(0L, driver.executeScript("return document.querySelector('ladder-problems').shadowRoot"
                + ".querySelectorAll('img, b, script').length"));
        assertEquals(title, driver.getTitle());
    }

    @Test
    void theOverlayAndTheWarningBarHaveNoWcag21AaViolations() throws Exception {
        LadderFixture ladder = LadderFixture.in(dir)
                .write("content/eng/p1.md", LadderFixture.P1.replace("Ships small tasks.\n\n", ""));
        preview = RunningPreview.start(ladder.options());
        driver.get(preview.address().resolve("eng/p1.html").toString());
        await(d -> overlayText().contains("warning:"));
        List<String> violations = new ArrayList<>(overlayViolations("warning bar"));

        ladder.write("content/eng/p1.md", LadderFixture.P1.replace("## Teamwork", "## Temwork"));
        await(d -> overlayText().contains("error:"));
        violations.addAll(overlayViolations("overlay"));

        assertEquals(List.of(), violations);
    }

    /** What axe-core finds wrong inside the problems' element, which lives in a shadow root. */
    private static List<String> overlayViolations(String shown) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        assertNull(results.getErrorMessage(), "axe-core could not check the " + shown);
        assertTrue(results.getPasses().stream().flatMap(rule -> rule.getNodes().stream())
                .anyMatch(node -> String.valueOf(node.getTarget()).contains("ladder-problems")),
                "axe-core did not look inside the " + shown);
        List<String> violations = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                if (String.valueOf(node.getTarget()).contains("ladder-problems")) {
                    violations.add(shown + ": " + rule.getId() + ": " + rule.getHelp() + " at " + node.getTarget());
                }
            }
        }
        return violations;
    }

    /** The text of the problems overlay, or "" when the page shows none. */
    private static String overlayText() {
        Object text = driver.executeScript("const host = document.querySelector('ladder-problems');"
                + "return host && host.shadowRoot ? host.shadowRoot.textContent : '';");
        return text == null ? "" : text.toString();
    }

    /** Polls until {@code condition} holds; a page reloading meanwhile is polled again. */
    private static void await(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, RunningPreview.PATIENCE)
                .ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class)
                .ignoring(JavascriptException.class)
                .until(condition::apply);
    }

    private static void awaitScript(String script) {
        await(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript(script)));
    }
}
