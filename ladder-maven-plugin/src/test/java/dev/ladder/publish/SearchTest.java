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
