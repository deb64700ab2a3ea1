package dev.ladder;

import dev.ladder.load.ContentLoader;
import dev.ladder.load.ContentSource;
import dev.ladder.markdown.Markdown;
import dev.ladder.model.Ladder;
import dev.ladder.problem.Problem;
import dev.ladder.problem.Problems;
import dev.ladder.render.HomePage;
import dev.ladder.render.LevelPage;
import dev.ladder.render.MatrixPage;
import dev.ladder.render.Page;
import dev.ladder.render.PageRenderer;
import dev.ladder.render.PageType;
import dev.ladder.render.TemplateFailure;
import dev.ladder.render.Theme;
import dev.ladder.render.TrackPage;
import dev.ladder.validate.LadderReader;
import dev.ladder.write.OutputGuard;
import dev.ladder.write.StagedSite;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The engine: load, validate, model, render, write. Plain Java with no state between calls,
 * so the Maven goals, the tests and a live preview all run the same code.
 */
public final class SiteGenerator {

    private static final List<PageType> PAGE_TYPES = List.of(
            new HomePage(), new TrackPage(), new LevelPage(), new MatrixPage());

    private SiteGenerator() {
    }

    /** Checks the content, renders every page and, only when nothing is wrong, replaces the output folder. */
    public static BuildResult build(BuildOptions options) {
        return run(options, true);
    }

    /** Everything {@link #build} checks, rendering every page in memory; writes nothing. */
    public static BuildResult check(BuildOptions options) {
        return run(options, false);
    }

    private static BuildResult run(BuildOptions options, boolean write) {
        long start = System.nanoTime();
        Problems problems = new Problems();
        ContentSource source = ContentLoader.load(options.content(), problems);
        Optional<Ladder> ladder = new LadderReader(new Markdown(options.allowRawHtml()), problems).read(source);
        boolean outputAllowed = !write || OutputGuard.allows(options.output(), options.projectDirectory(),
                options.content(), options.templates(), problems);
        int pages = 0;
        boolean written = false;
        if (ladder.isPresent() && outputAllowed && !blocked(problems, options)) {
            List<Page> all = pages(ladder.get());
            Theme theme = new Theme(options.templates());
            PageRenderer renderer = new PageRenderer(theme, ladder.get());
            try {
                if (write) {
                    written = writeSite(options, theme, renderer, all, problems);
                } else {
                    renderInMemory(options, renderer, all, problems);
                }
            } catch (IOException e) {
                problems.error(options.output(), 0, "could not be written: " + e.getMessage());
                written = false;
            }
            pages = all.size();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        int tracks = ladder.map(l -> l.tracks().size()).orElse(source.tracks().size());
        int levels = ladder.map(Ladder::levelCount).orElse(0);
        return new BuildResult(problems.sorted(), tracks, levels, written || !write ? pages : 0, millis, written);
    }

    public static List<Page> pages(Ladder ladder) {
        List<Page> pages = new ArrayList<>();
        PAGE_TYPES.forEach(type -> pages.addAll(type.pages(ladder)));
        return pages;
    }

    private static boolean blocked(Problems problems, BuildOptions options) {
        return problems.hasErrors() || (options.failOnWarning() && problems.warningCount() > 0);
    }

    private static boolean writeSite(BuildOptions options, Theme theme, PageRenderer renderer, List<Page> pages,
                                     Problems problems) throws IOException {
        try (StagedSite site = StagedSite.begin(options.output())) {
            Set<String> failedTemplates = new HashSet<>();
            for (Page page : pages) {
                try (Writer out = site.page(page.path())) {
                    renderer.render(page, out).ifPresent(failure -> report(failure, options, failedTemplates, problems));
                }
            }
            for (Map.Entry<String, Theme.Asset> asset : theme.assets().entrySet()) {
                site.copy(asset.getKey(), asset.getValue().open());
            }
            if (problems.hasErrors()) {
                return false;
            }
            site.publish();
            return true;
        }
    }

    private static void renderInMemory(BuildOptions options, PageRenderer renderer, List<Page> pages,
                                       Problems problems) throws IOException {
        Set<String> failedTemplates = new HashSet<>();
        for (Page page : pages) {
            renderer.render(page, Writer.nullWriter())
                    .ifPresent(failure -> report(failure, options, failedTemplates, problems));
        }
    }

    /** One report per broken template line: the same mistake fails every page that uses it. */
    private static void report(TemplateFailure failure, BuildOptions options, Set<String> seen, Problems problems) {
        if (!seen.add(failure.template() + ":" + failure.line())) {
            return;
        }
        Path file = options.templates() != null && Files.exists(options.templates().resolve(failure.template()))
                ? options.templates().resolve(failure.template())
                : Path.of("built-in theme", failure.template());
        problems.add(Problem.error(file, failure.line(), failure.column(),
                "template error while rendering " + failure.page() + ": " + failure.message()));
    }
}
