package dev.ladder.publish;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page type of the repository's ladder (with a changelog added) at a phone's, a tablet's, a laptop's and
 * a desktop's screen size, opened from disk in one Chromium whose viewport is resized: no page scrolls
 * sideways, every level of the matrix can be brought into view by a visible control with the matrix's
 * scrollbar on screen, level pages show their level navigation, search shows marked snippets under a
 * visible status, and axe-core finds no WCAG 2.1 AA violation in the light or the dark colour scheme.
 */
class ScreensTest {

    /** Width and height in CSS pixels. */
    record Screen(int width, int height) {
        boolean narrow() {
            return width < 768;
        }

        @Override
        public String toString() {
            return width + "x" + height;
        }
    }

    static final List<Screen> SCREENS = List.of(new Screen(390, 844), new Screen(768, 1024),
            new Screen(1280, 900), new Screen(1920, 1080));
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @TempDir
    static Path temp;

    private static BuiltSite site;
    private static Map<String, String> pages;
    /** The pages checked on every screen, as addresses: each page type, and the example's pages of grades. */
    private static Map<String, String> addresses;
    private static HeadlessChromium chromium;
    private static ChromeDriver driver;

    @BeforeAll
    static void startBrowser() throws Exception {
        RequiredTools.requireBrowser("ScreensTest");
        site = BuiltSite.buildWithChangelogInto(temp);
        pages = site.pageOfEachType();
        assertTrue(pages.keySet().containsAll(List.of("home", "track", "level", "matrix", "compare", "booklet",
                "changes", "not found")), () -> "expected every page type: " + pages);
        addresses = new java.util.LinkedHashMap<>();
        pages.forEach((name, page) -> addresses.put(name, site.file(page).toUri().toString()));
        BuiltSite example = BuiltSite.buildExampleInto(temp.resolve("example"));
        example.gradePages().forEach((name, page) -> addresses.put(name, example.file(page).toUri().toString()));
        chromium = HeadlessChromium.start(temp.resolve("chromium-profile"));
        driver = chromium.driver();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @AfterEach
    void lightAgain() {
        chromium.colourScheme(false);
    }

    @Test
    void noPageScrollsSidewaysOnAnyScreen() {
        List<String> problems = new ArrayList<>();
        for (Screen screen : SCREENS) {
            chromium.viewport(screen.width(), screen.height());
            for (Map.Entry<String, String> page : addresses.entrySet()) {
                chromium.open(page.getValue());
                long scrollWidth = number("return document.documentElement.scrollWidth");
                long innerWidth = number("return window.innerWidth");
                assertEquals(screen.width(), innerWidth, "the viewport was not resized");
                if (scrollWidth > innerWidth) {
                    problems.add(page.getKey() + " page " + page.getValue() + " at " + screen + ": " + scrollWidth
                            + " px wide, wider than the window; widest: " + script(WIDEST));
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void levelPagesShowEveryLevelOfTheirTrackWithTheCurrentOneMarked() {
        for (Screen screen : SCREENS) {
            chromium.viewport(screen.width(), screen.height());
            open(pages.get("level"));
            WebElement nav = driver.findElement(By.cssSelector("nav.side-levels"));
            List<WebElement> levels = nav.findElements(By.cssSelector("li a"));
            assertEquals(6, levels.size(), screen + ": the level navigation lists the track's six levels");
            for (WebElement level : levels) {
                assertTrue(level.isDisplayed() && inViewportSideways(level), screen + ": " + level.getText()
                        + " is not shown within the window");
            }
            List<WebElement> current = nav.findElements(By.cssSelector("a[aria-current=page]"));
            assertEquals(1, current.size(), screen + ": one level is marked as the current one");
            assertTrue(driver.getCurrentUrl().endsWith("/" + current.get(0).getAttribute("href")
                    .replaceAll(".*/", "")), screen + ": the marked level is this page");
            assertTrue(top(nav) < screen.height(), screen + ": the level navigation is not on the first screen");
            WebElement competencies = driver.findElement(By.cssSelector("nav.toc"));
            assertTrue(competencies.isDisplayed(), screen + ": the page's competencies are listed");
            assertFalse(driver.findElements(By.cssSelector("nav.level-nav a[rel=next]")).isEmpty(),
                    screen + ": previous/next links stay");
        }
        // On a wide screen the side column stays in view while the profile scrolls.
        chromium.viewport(1280, 900);
        open(pages.get("level"));
        script("window.scrollTo(0, document.body.scrollHeight / 2)");
        WebElement nav = driver.findElement(By.cssSelector("nav.side-levels"));
        assertTrue(top(nav) >= 0 && top(nav) < 900, "the side navigation scrolled away: top " + top(nav));
    }

    @Test
    void theTrackPageShowsItsLadderBeforeTheOverview() {
        for (Screen screen : List.of(SCREENS.get(0), SCREENS.get(2))) {
            chromium.viewport(screen.width(), screen.height());
            open(pages.get("track"));
            WebElement firstLevel = driver.findElement(By.cssSelector("ol.ladder li a"));
            assertTrue(top(firstLevel) < screen.height(), screen + ": the first level is below the first screen");
        }
    }

    @Test
    void everyLevelOfTheMatrixCanBeBroughtIntoViewWithItsScrollbarOnScreen() {
        for (Screen screen : SCREENS) {
            chromium.viewport(screen.width(), screen.height());
            open(pages.get("matrix"));
            WebElement box = driver.findElement(By.cssSelector(".matrix-scroll"));
            if (!screen.narrow()) {
                assertTrue(bottom(box) <= screen.height(), screen + ": the matrix's sideways scrollbar is below the "
                        + "window when the page opens (box bottom " + bottom(box) + ")");
                assertTrue(number("return arguments[0].scrollWidth - arguments[0].clientWidth", box) > 0
                        || screen.width() >= 1920, screen + ": expected the matrix to be wider than its box");
            }
            List<WebElement> controls = driver.findElements(By.cssSelector(".matrix-levels a"));
            assertEquals(6, controls.size(), screen + ": one control per level");
            for (WebElement control : controls) {
                String code = control.findElement(By.className("code")).getText();
                assertTrue(control.isDisplayed() && inViewportSideways(control), screen + ": the control for "
                        + code + " is not visible");
                control.click();
                String target = control.getAttribute("href").replaceAll(".*#", "");
                int column = Integer.parseInt(control.getAttribute("data-column"));
                if (screen.narrow()) {
                    WebElement cell = driver.findElement(By.id(target));
                    waitFor(screen + ": " + code + "'s first cell in view",
                            () -> top(cell) >= -1 && top(cell) < screen.height());
                    assertTrue(cell.getText().startsWith(code), screen + ": the cell shows its level: "
                            + cell.getText());
                } else {
                    WebElement header = driver.findElements(By.cssSelector(".matrix thead th[id]")).get(column);
                    waitFor(screen + ": " + code + "'s column in view", () -> columnInView(box, header));
                    waitFor(screen + ": " + code + " marked as in view", () ->
                            control.getAttribute("class").contains("in-view") && statusIncludes(column));
                    assertTrue(top(box) >= -1 && bottom(box) <= screen.height() + 1, screen + ": after choosing "
                            + code + " the matrix box (and its scrollbar) is not within the window: "
                            + top(box) + " to " + bottom(box));
                }
            }
        }
    }

    @Test
    void readersChooseWhichLevelsToShowAndStepThroughThem() {
        for (Screen screen : List.of(SCREENS.get(0), SCREENS.get(2))) {
            chromium.viewport(screen.width(), screen.height());
            open(pages.get("matrix"));
            new Select(driver.findElement(By.id("matrix-from"))).selectByVisibleText("P3 Senior");
            new Select(driver.findElement(By.id("matrix-to"))).selectByVisibleText("P5 Staff");
            assertEquals(List.of("P3", "P4", "P5"), shownLevels(), screen.toString());
            assertEquals(3, driver.findElements(By.cssSelector(".matrix tbody tr:first-child td"))
                    .stream().filter(WebElement::isDisplayed).count(), screen + ": cells of three levels per row");
            WebElement later = driver.findElement(By.cssSelector(".matrix-range button[data-step='1']"));
            later.click();
            assertEquals(List.of("P4", "P5", "P6"), shownLevels(), screen + " after Later");
            assertFalse(later.isEnabled(), screen + ": Later is disabled at the last level");
            driver.findElement(By.cssSelector(".matrix-range button[data-step='-1']")).click();
            assertEquals(List.of("P3", "P4", "P5"), shownLevels(), screen + " after Earlier");
            // A level left out is still one click away: its control brings it back.
            driver.findElement(By.cssSelector(".matrix-levels a[data-column='0']")).click();
            assertEquals(List.of("P1", "P2", "P3", "P4", "P5"), shownLevels(), screen + " after choosing P1");
            assertTrue(number("return document.documentElement.scrollWidth") <= screen.width(), screen.toString());
        }
    }

    @Test
    void searchShowsMarkedSnippetsWithAVisibleStatusOnEveryPageType() {
        List<String> problems = new ArrayList<>();
        for (Screen screen : SCREENS) {
            chromium.viewport(screen.width(), screen.height());
            for (Map.Entry<String, String> page : pages.entrySet()) {
                open(page.getValue());
                String where = page.getKey() + " page at " + screen + ": ";
                driver.findElement(By.tagName("body")).sendKeys("/");
                WebElement input = driver.switchTo().activeElement();
                if (!"search-input".equals(input.getAttribute("id"))) {
                    problems.add(where + "/ did not focus the search box");
                    continue;
                }
                input.sendKeys("postmortem");
                waitFor(where + "results", () -> !driver.findElements(By.cssSelector(".search-snippet mark")).isEmpty());
                WebElement status = driver.findElement(By.id("search-status"));
                if (!Boolean.TRUE.equals(script(UNCOVERED, status))) {
                    problems.add(where + "the status \"" + status.getText() + "\" is not visible");
                }
                WebElement first = driver.findElement(By.cssSelector(".search-results a"));
                if (!Boolean.TRUE.equals(script(UNCOVERED, first.findElement(By.cssSelector(".search-snippet mark"))))) {
                    problems.add(where + "the first result's marked word is not visible");
                }
                if (number("return document.documentElement.scrollWidth") > screen.width()) {
                    problems.add(where + "the results make the page scroll sideways");
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    /** The element is within the window and nothing covers its middle. */
    private static final String UNCOVERED = """
            const r = arguments[0].getBoundingClientRect();
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return r.width > 0 && r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth
              && arguments[0].contains(hit);""";

    @Test
    void everyPageTypeHasNoWcag21AaViolationsInLightAndDarkOnEveryScreen() {
        List<String> violations = new ArrayList<>();
        for (boolean dark : List.of(false, true)) {
            chromium.colourScheme(dark);
            for (Screen screen : SCREENS) {
                chromium.viewport(screen.width(), screen.height());
                for (Map.Entry<String, String> page : addresses.entrySet()) {
                    chromium.open(page.getValue());
                    String scheme = dark ? "dark" : "light";
                    assertEquals(dark, script("return matchMedia('(prefers-color-scheme: dark)').matches"),
                            "the " + scheme + " scheme was not emulated");
                    Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
                    assertTrue(results.getErrorMessage() == null && !results.getPasses().isEmpty(),
                            () -> "axe-core could not check " + page.getValue() + ": " + results.getErrorMessage());
                    for (Rule rule : results.getViolations()) {
                        violations.add(page.getKey() + " page " + page.getValue() + " at " + screen + " in "
                                + scheme + ": " + rule.getId() + ": " + rule.getHelp() + "\n    "
                                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList());
                    }
                }
            }
        }
        assertTrue(violations.isEmpty(), () -> violations.size() + " accessibility violations:\n"
                + String.join("\n", violations));
    }

    @Test
    void theDarkSchemeIsDarkOnScreenOnly() {
        chromium.colourScheme(true);
        open(pages.get("level"));
        assertEquals("rgb(17, 22, 28)", script("return getComputedStyle(document.documentElement).backgroundColor"));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print", "features",
                List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        assertEquals("rgb(255, 255, 255)", script("return getComputedStyle(document.documentElement).backgroundColor"),
                "printing in a dark scheme still prints on white");
        assertEquals("rgb(0, 0, 0)", script("return getComputedStyle(document.body).color"));
    }

    /** The page's widest elements, to say what makes it scroll sideways. */
    private static final String WIDEST = """
            return Array.from(document.querySelectorAll('body *'))
              .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
              .slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))
              .join(', ');""";

    /** The codes of the levels the matrix shows: its visible column headers, or stacked, its first row's cells. */
    private static List<String> shownLevels() {
        List<WebElement> headers = driver.findElements(By.cssSelector(".matrix thead th[id]")).stream()
                .filter(WebElement::isDisplayed).toList();
        List<WebElement> labels = headers.isEmpty()
                ? driver.findElements(By.cssSelector(".matrix tbody tr:first-child td")).stream()
                        .filter(WebElement::isDisplayed).map(cell -> cell.findElement(By.className("cell-level"))).toList()
                : headers;
        return labels.stream().map(label -> label.findElement(By.className("code")).getText()).toList();
    }

    /** The status above the matrix ("Showing P2 to P5 of 6 levels:") names a range with this column in it. */
    private static boolean statusIncludes(int column) {
        String status = driver.findElement(By.className("matrix-status")).getText();
        java.util.regex.Matcher range = java.util.regex.Pattern.compile("Showing P(\\d)(?: to P(\\d))? of 6 levels:")
                .matcher(status);
        if (!range.matches()) {
            return false;
        }
        int first = Integer.parseInt(range.group(1)) - 1;
        int last = range.group(2) == null ? first : Integer.parseInt(range.group(2)) - 1;
        return first <= column && column <= last;
    }

    /** Most of the column's header is visible in the box, right of the pinned competency column. */
    private static boolean columnInView(WebElement box, WebElement header) {
        return Boolean.TRUE.equals(driver.executeScript("""
                const box = arguments[0].getBoundingClientRect(), h = arguments[1].getBoundingClientRect();
                const pinned = arguments[0].querySelector('thead th').getBoundingClientRect().right;
                const left = Math.max(h.left, pinned), right = Math.min(h.right, box.left + arguments[0].clientWidth);
                return right - left >= h.width / 2;""", box, header));
    }

    private static void open(String page) {
        chromium.open(site.file(page).toUri().toString());
    }

    private static Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    private static long number(String script, Object... args) {
        return ((Number) driver.executeScript(script, args)).longValue();
    }

    private static double top(WebElement element) {
        return ((Number) script("return arguments[0].getBoundingClientRect().top", element)).doubleValue();
    }

    private static double bottom(WebElement element) {
        return ((Number) script("return arguments[0].getBoundingClientRect().bottom", element)).doubleValue();
    }

    private static boolean inViewportSideways(WebElement element) {
        return Boolean.TRUE.equals(script("const r = arguments[0].getBoundingClientRect();"
                + " return r.width > 0 && r.left >= 0 && r.right <= window.innerWidth;", element));
    }

    private static void waitFor(String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(5)).withMessage(what).until(d -> condition.getAsBoolean());
    }
}
