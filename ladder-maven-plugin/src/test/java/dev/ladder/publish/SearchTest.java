package dev.ladder.publish;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search box in a real browser, from nginx and from disk: it finds levels and sections by words,
 * its results lead to the right place, and without JavaScript the page has no search box at all.
 */
class SearchTest {

    @TempDir
    static java.nio.file.Path temp;

    private static BuiltSite site;
    private static NginxServer nginx;
    private static HeadlessChromium chromium;

    @BeforeAll
    static void start() throws Exception {
        RequiredTools.requireWebServer("SearchTest");
        RequiredTools.requireBrowser("SearchTest");
        site = BuiltSite.buildInto(temp.resolve("site"));
        nginx = NginxServer.start(site, temp.resolve("nginx"));
        chromium = HeadlessChromium.start(temp.resolve("chromium-profile"));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (chromium != null) {
            chromium.close();
        }
        if (nginx != null) {
            nginx.close();
        }
    }

    @Test
    void searchingFromAServedPageFindsSectionsAndLeadsToThem() {
        searchAndFollow(nginx.base().resolve("software-engineering/p1.html").toString());
    }

    @Test
    void searchingWorksOnASiteOpenedFromDisk() {
        searchAndFollow(site.file("index.html").toUri().toString());
    }

    @Test
    void resultsShowTheMatchingSentenceWithTheWordsMarkedOnEveryScreen() {
        for (ScreensTest.Screen screen : ScreensTest.SCREENS) {
            chromium.viewport(screen.width(), screen.height());
            chromium.open(site.file("software-engineering/p2.html").toUri().toString());
            var driver = chromium.driver();
            WebElement input = driver.findElement(By.id("search-input"));
            if (screen.narrow()) {
                // Its width, less the page's side margins (1rem each), out of the width beside the scrollbar.
                double spare = ((Number) driver.executeScript("return document.documentElement.clientWidth"
                        + " - arguments[0].getBoundingClientRect().width", input)).doubleValue();
                assertTrue(spare <= 33, screen + ": the search box is not full width: " + spare + " px to spare");
            }
            // "/" from anywhere on the page goes to the search box.
            driver.findElement(By.tagName("body")).sendKeys("/");
            assertEquals(input, driver.switchTo().activeElement(), screen + ": / did not focus the search box");
            driver.switchTo().activeElement().sendKeys("postmortem");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            wait.until(d -> !d.findElements(By.cssSelector(".search-results li a")).isEmpty());

            WebElement status = driver.findElement(By.id("search-status"));
            assertTrue(status.getText().matches("\\d+ match(es)?.*"), status.getText());
            assertTrue(Boolean.TRUE.equals(driver.executeScript("""
                    const r = arguments[0].getBoundingClientRect();
                    const hit = document.elementFromPoint(r.left + 5, r.top + r.height / 2);
                    return r.top >= 0 && r.bottom <= innerHeight && r.right <= innerWidth && arguments[0].contains(hit);""",
                    status)), screen + ": the status line is not visible");
            List<WebElement> links = driver.findElements(By.cssSelector(".search-results li a"));
            for (WebElement link : links) {
                List<String> marked = link.findElements(By.cssSelector(".search-snippet mark")).stream()
                        .map(mark -> mark.getText().toLowerCase()).toList();
                assertTrue(marked.contains("postmortem"), screen + ": no marked word in " + link.getText());
                String snippet = link.findElement(By.className("search-snippet")).getText();
                assertTrue(snippet.toLowerCase().contains("postmortem") && !snippet.startsWith("- "), snippet);
                assertTrue(inViewportSideways(driver, link), screen + ": result beyond the window's edge");
            }
            // The first result is the sentence of the right section: its page says that sentence there.
            String sentence = links.get(0).findElement(By.className("search-snippet")).getText();
            String first = links.get(0).getAttribute("href");
            input.sendKeys(Keys.ARROW_DOWN);
            assertEquals(first, driver.switchTo().activeElement().getAttribute("href"), "down goes to the first result");
            if (links.size() > 1) {
                driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
                assertEquals(links.get(1).getAttribute("href"), driver.switchTo().activeElement().getAttribute("href"));
                driver.switchTo().activeElement().sendKeys(Keys.ARROW_UP);
            }
            driver.switchTo().activeElement().sendKeys(Keys.ARROW_UP);
            assertEquals(input, driver.switchTo().activeElement(), "up from the first result goes back to the box");
            input.sendKeys(Keys.ENTER);
            wait.until(d -> d.getCurrentUrl().equals(first));
            WebElement section = driver.findElement(By.id(first.substring(first.indexOf('#') + 1)))
                    .findElement(By.xpath(".."));
            assertTrue(section.getText().replaceAll("\\s+", " ").contains(sentence.replaceAll("\\s+", " ")),
                    () -> "the section " + first + " does not contain the sentence shown: " + sentence);
        }
    }

    private static boolean inViewportSideways(org.openqa.selenium.WebDriver driver, WebElement element) {
        return Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const r = arguments[0].getBoundingClientRect(); return r.left >= 0 && r.right <= innerWidth;",
                element));
    }

    @Test
    void withoutJavaScriptThereIsNoSearchBox() throws IOException {
        for (String page : site.htmlPages()) {
            var form = Jsoup.parse(site.file(page).toFile()).selectFirst("form.search");
            assertTrue(form != null && form.hasAttr("hidden"), page + ": the search form must start hidden");
        }
    }

    private static void searchAndFollow(String url) {
        chromium.open(url);
        var driver = chromium.driver();
        WebElement input = driver.findElement(By.id("search-input"));
        assertTrue(input.isDisplayed(), "the search box is not shown when JavaScript runs");
        input.sendKeys("postmortem");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.until(d -> !d.findElements(By.cssSelector(".search-results li a")).isEmpty());

        List<WebElement> links = driver.findElements(By.cssSelector(".search-results li a"));
        String status = driver.findElement(By.id("search-status")).getText();
        assertEquals(links.size() + (links.size() == 1 ? " match" : " matches"), status);
        assertTrue(links.size() >= 5, "expected a match in five levels' incident sections: " + links.size());
        for (WebElement link : links) {
            assertTrue(link.getAttribute("href").matches(".*/software-engineering/p\\d\\.html#[a-z-]+"),
                    link.getAttribute("href"));
        }
        String first = links.get(0).getAttribute("href");
        links.get(0).click();
        wait.until(d -> d.getCurrentUrl().equals(first));
        String anchor = first.substring(first.indexOf('#') + 1);
        WebElement section = driver.findElement(By.id(anchor));
        assertTrue(section.getText().length() > 0);
        assertTrue(driver.findElement(By.tagName("main")).getText().toLowerCase().contains("postmortem"));

        input = driver.findElement(By.id("search-input"));
        input.sendKeys("zzzz-nothing-matches");
        wait.until(d -> d.findElement(By.id("search-status")).getText().equals("No matches"));
        input.sendKeys(Keys.ESCAPE);
        assertEquals("", driver.findElement(By.id("search-input")).getAttribute("value"));

        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
        assertTrue(errors.isEmpty(), () -> "console errors while searching: " + errors);
    }
}
