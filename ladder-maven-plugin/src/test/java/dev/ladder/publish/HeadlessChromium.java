package dev.ladder.publish;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver: both given by path, so Selenium
 * Manager never runs and nothing is downloaded. One session serves many pages; each visit reports every
 * request the page made, the ones that failed, and the errors on the console.
 */
final class HeadlessChromium implements AutoCloseable {

    /** What opening one URL did. */
    record Visit(String url, List<String> requests, List<String> failedRequests, List<String> consoleErrors) {
    }

    private static final String SELENIUM_MANAGER_LOGGER = "org.openqa.selenium.manager.SeleniumManager";
    private static final Duration NETWORK_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);
    private static final int QUIET_POLLS = 3;

    private final ChromeDriver driver;
    private final Json json = new Json();

    private HeadlessChromium(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Starts a browser whose profile lives in {@code profile}; fails if Selenium Manager was consulted. */
    static HeadlessChromium start(Path profile) {
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, RequiredTools.CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(RequiredTools.CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(RequiredTools.CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile,
                // A request to any other host is still logged, and so caught, but never leaves the machine.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);

        SeleniumManagerWatch watch = new SeleniumManagerWatch();
        Logger managerLog = Logger.getLogger(SELENIUM_MANAGER_LOGGER);
        Level previous = managerLog.getLevel();
        managerLog.setLevel(Level.ALL);
        managerLog.addHandler(watch);
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } finally {
            managerLog.removeHandler(watch);
            managerLog.setLevel(previous);
        }
        if (!watch.records.isEmpty()) {
            driver.quit();
            throw new AssertionError("Selenium Manager ran, and may have tried to download a browser or driver: "
                    + watch.records);
        }
        // Every visit then shows every request its page makes, not only those missing from the cache.
        driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        return new HeadlessChromium(driver);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Gives pages a viewport of this many CSS pixels, as a phone's, tablet's or laptop's screen. */
    void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", false));
    }

    /** Makes pages see {@code prefers-color-scheme: dark} (or light), as a reader's system setting would. */
    void colourScheme(boolean dark) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "screen", "features",
                List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
    }

    /**
     * Opens {@code url}, waits for its load event and then until the network has been quiet for a moment
     * (the icon is fetched after the load event), and reports what the page did.
     */
    Visit open(String url) {
        driver.manage().logs().get(LogType.PERFORMANCE);
        driver.manage().logs().get(LogType.BROWSER);
        driver.get(url);
        NetworkLog network = new NetworkLog();
        long deadline = System.nanoTime() + NETWORK_TIMEOUT.toNanos();
        int quietPolls = 0;
        while (quietPolls < QUIET_POLLS) {
            List<LogEntry> entries = driver.manage().logs().get(LogType.PERFORMANCE).getAll();
            entries.forEach(entry -> network.add(json.toType(entry.getMessage(), Json.MAP_TYPE)));
            quietPolls = entries.isEmpty() && network.pending.isEmpty() ? quietPolls + 1 : 0;
            if (System.nanoTime() > deadline) {
                network.failed.add("still loading after " + NETWORK_TIMEOUT.toSeconds() + " s: "
                        + network.pending.values());
                break;
            }
            pause();
        }
        List<String> consoleErrors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
        return new Visit(url, network.requests, network.failed, consoleErrors);
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the page to load", e);
        }
    }

    /** The Chrome DevTools network events of one page, from chromedriver's performance log. */
    private static final class NetworkLog {
        private final List<String> requests = new ArrayList<>();
        private final List<String> failed = new ArrayList<>();
        private final Map<String, String> pending = new LinkedHashMap<>();
        private final Map<String, String> urlsById = new HashMap<>();

        void add(Map<String, Object> logged) {
            Map<String, Object> message = map(logged.get("message"));
            Map<String, Object> params = map(message.get("params"));
            String id = String.valueOf(params.get("requestId"));
            switch (String.valueOf(message.get("method"))) {
                case "Network.requestWillBeSent" -> {
                    String url = String.valueOf(map(params.get("request")).get("url"));
                    requests.add(url);
                    urlsById.put(id, url);
                    pending.put(id, url);
                }
                case "Network.responseReceived" -> {
                    Map<String, Object> response = map(params.get("response"));
                    if (((Number) response.get("status")).intValue() >= 400) {
                        failed.add(response.get("url") + " answered " + response.get("status"));
                    }
                }
                case "Network.loadingFinished" -> pending.remove(id);
                case "Network.loadingFailed" -> {
                    pending.remove(id);
                    failed.add(urlsById.getOrDefault(id, "a request") + " failed: " + params.get("errorText"));
                }
                default -> {
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map ? (Map<String, Object>) value : Map.of();
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static final class SeleniumManagerWatch extends Handler {
        private final List<String> records = new ArrayList<>();

        @Override
        public void publish(LogRecord record) {
            records.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
