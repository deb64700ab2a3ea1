import dev.ladder.BuildOptions;
import dev.ladder.FolderCopy;
import dev.ladder.serve.LivePreview;
import dev.ladder.serve.ServeLog;
import dev.ladder.serve.ServeOptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Times the live preview as an editor meets it: from the save of one level file to the moment the open
 * page in Chromium shows the new words, and the heap after successive rebuilds. Works on a copy of the
 * content, so the ladder given is never changed. Prints a Markdown fragment for BENCHMARKS.md.
 *
 * <p>Run by bench/serve.sh with the plugin's classes and Selenium on the class path:
 * {@code java -cp ... bench/ServeBench.java <content folder> <saves> <rebuilds for memory> <label>}.
 */
public final class ServeBench {

    private static final Pattern SUMMARY = Pattern.compile(
            "(\\d+) pages? written, (\\d+) unchanged in (\\d+) ms after a change");
    private static final Pattern RENDERED = Pattern.compile("; (\\d+) page\\(s\\) rendered");
    private static final long PATIENCE_NANOS = 600L * 1_000_000_000L;

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]).toAbsolutePath();
        int saves = Integer.parseInt(args[1]);
        int rebuilds = Integer.parseInt(args[2]);
        String label = args[3];
        Path project = Files.createTempDirectory("ladder-serve-bench-");
        try {
            FolderCopy.copy(source, project.resolve("content"));
            Path level = firstLevel(project.resolve("content"));
            String original = Files.readString(level);
            String page = project.resolve("content").relativize(level).toString().replace('\\', '/')
                    .replaceAll("\\.md$", ".html");
            List<String> log = new CopyOnWriteArrayList<>();
            ServeOptions options = new ServeOptions(BuildOptions.builder(project).build(), ServeOptions.LOOPBACK, 0,
                    ServeOptions.DEFAULT_QUIET);
            long started = System.nanoTime();
            try (LivePreview preview = LivePreview.start(options, sink(log))) {
                double firstBuild = (System.nanoTime() - started) / 1e6;
                List<Double> reloads = new ArrayList<>();
                List<Integer> written = new ArrayList<>();
                List<Integer> engine = new ArrayList<>();
                List<Integer> rendered = new ArrayList<>();
                int pages = 0;
                Path profile = Files.createTempDirectory("ladder-serve-bench-browser-");
                ChromeDriver driver = browser(profile);
                try {
                    driver.get(preview.address().resolve(page).toString());
                    for (int i = 1; i <= saves; i++) {
                        String marker = "benchmarkword" + i;
                        int logged = log.size();
                        long t0 = System.nanoTime();
                        Files.writeString(level, withMarker(original, marker));
                        while (!Boolean.TRUE.equals(driver.executeScript(
                                "return !!document.body && document.body.innerText.includes(arguments[0])", marker))) {
                            if (System.nanoTime() - t0 > PATIENCE_NANOS) {
                                throw new IllegalStateException("the page never showed " + marker + "; log: " + log);
                            }
                            Thread.sleep(2);
                        }
                        reloads.add((System.nanoTime() - t0) / 1e6);
                        for (String line : log.subList(logged, log.size())) {
                            Matcher summary = SUMMARY.matcher(line);
                            if (summary.find()) {
                                written.add(Integer.parseInt(summary.group(1)));
                                pages = Integer.parseInt(summary.group(1)) + Integer.parseInt(summary.group(2));
                                engine.add(Integer.parseInt(summary.group(3)));
                            }
                            Matcher count = RENDERED.matcher(line);
                            if (count.find()) {
                                rendered.add(Integer.parseInt(count.group(1)));
                            }
                        }
                    }
                } finally {
                    driver.quit();
                    delete(profile);
                }
                List<Long> heap = new ArrayList<>();
                List<Integer> heapAt = new ArrayList<>();
                for (int r = 1; r <= rebuilds; r++) {
                    long before = preview.latest().number();
                    Files.writeString(level, withMarker(original, "memoryword" + r));
                    long t0 = System.nanoTime();
                    while (preview.latest().number() <= before) {
                        if (System.nanoTime() - t0 > PATIENCE_NANOS) {
                            throw new IllegalStateException("rebuild " + r + " never finished");
                        }
                        Thread.sleep(2);
                    }
                    if (r == 1 || r % Math.max(1, rebuilds / 4) == 0) {
                        heap.add(usedHeapAfterGc());
                        heapAt.add(r);
                    }
                }
                report(label, source, pages, firstBuild, reloads, written, engine, rendered, heapAt, heap);
            }
        } finally {
            delete(project);
        }
    }

    private static void report(String label, Path source, int pages, double firstBuild, List<Double> reloads,
                               List<Integer> written, List<Integer> engine, List<Integer> rendered,
                               List<Integer> heapAt, List<Long> heap) {
        StringBuilder out = new StringBuilder();
        out.append("### ").append(label).append("\n\n");
        out.append(String.format(Locale.ROOT, "%d files in the site; first build and start %.0f ms; the watch waits "
                + "for %d ms of quiet.%n%n", pages, firstBuild, ServeOptions.DEFAULT_QUIET.toMillis()));
        if (!reloads.isEmpty()) {
            out.append("| save to reloaded page | median | slowest | all |\n| --- | ---: | ---: | --- |\n");
            out.append(String.format(Locale.ROOT, "| %d saves of one level | %.0f ms | %.0f ms | %s |%n",
                    reloads.size(), median(reloads), reloads.stream().mapToDouble(d -> d).max().orElse(0),
                    String.join(" ", reloads.stream().map(d -> String.format(Locale.ROOT, "%.0f", d)).toList())));
            out.append(String.format(Locale.ROOT, "%nEach rebuild: engine %s ms; pages and data files rendered %s; "
                    + "files written %s (of %d).%n",
                    String.join(" ", engine.stream().map(String::valueOf).toList()),
                    String.join(" ", rendered.stream().map(String::valueOf).toList()),
                    String.join(" ", written.stream().map(String::valueOf).toList()), pages));
        }
        if (!heap.isEmpty()) {
            out.append("\n| rebuilds | ").append(String.join(" | ", heapAt.stream().map(String::valueOf).toList()))
                    .append(" |\n| --- |").append(" ---: |".repeat(heap.size())).append("\n| heap after GC, MB | ")
                    .append(String.join(" | ", heap.stream().map(b -> String.valueOf(b >> 20)).toList())).append(" |\n");
        }
        System.out.println(out);
    }

    /** The level with {@code marker} added to its first bullet, so that the level page's text shows it. */
    private static String withMarker(String level, String marker) {
        return level.replaceFirst("(?m)^([-*] .*)$", "$1 " + marker);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static Path firstLevel(Path content) throws IOException {
        try (Stream<Path> files = Files.walk(content)) {
            return files.filter(p -> p.getNameCount() == content.getNameCount() + 2)
                    .filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().startsWith("_"))
                    .sorted().findFirst().orElseThrow(() -> new IllegalStateException("no level in " + content));
        }
    }

    private static ChromeDriver browser(Path profile) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900",
                "--user-data-dir=" + profile);
        return new ChromeDriver(service, options);
    }

    private static ServeLog sink(List<String> log) {
        return new ServeLog() {
            @Override
            public void info(String line) {
                log.add(line);
            }

            @Override
            public void warn(String line) {
                log.add(line);
            }

            @Override
            public void error(String line) {
                log.add(line);
                System.err.println(line);
            }
        };
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
