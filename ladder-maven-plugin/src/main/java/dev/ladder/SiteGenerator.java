package dev.ladder;

import dev.ladder.load.ContentLoader;
import dev.ladder.load.ContentSource;
import dev.ladder.markdown.Markdown;
import dev.ladder.model.Ladder;
import dev.ladder.problem.IoReason;
import dev.ladder.problem.Problem;
import dev.ladder.problem.Problems;
import dev.ladder.render.DataFile;
import dev.ladder.render.Page;
import dev.ladder.render.PageRenderer;
import dev.ladder.render.SiteLinks;
import dev.ladder.render.SitePlan;
import dev.ladder.render.SiteSettings;
import dev.ladder.render.TemplateFailure;
import dev.ladder.render.Theme;
import dev.ladder.validate.LadderReader;
import dev.ladder.write.OutputGuard;
import dev.ladder.write.PdfExport;
import dev.ladder.write.StagedSite;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
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
        int files = 0;
        boolean written = false;
        if (ladder.isPresent() && outputAllowed && !blocked(problems, options)) {
            SiteSettings settings = new SiteSettings(options.baseUrl(), options.editUrl(), options.search(),
                    options.pdf(), options.projectDirectory());
            SitePlan plan = SitePlan.of(ladder.get(), settings, options.json());
            Theme theme = new Theme(options.templates());
            Render render = new Render(new PageRenderer(theme, ladder.get(), settings), options, problems,
                    new SiteLinks(siteFiles(plan, theme, options)));
            try {
                if (write) {
                    written = writeSite(options, ladder.get(), plan, theme, render, problems);
                } else {
                    render.inMemory(plan);
                    render.reportBrokenLinks();
                }
            } catch (IOException e) {
                problems.error(options.output(), 0, "could not be written (" + IoReason.of(e)
                        + "); check that the folders above it exist and that you may write to them");
                written = false;
            }
            files = plan.fileCount();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        int tracks = ladder.map(l -> l.tracks().size()).orElse(source.tracks().size());
        int levels = ladder.map(Ladder::levelCount).orElse(0);
        return new BuildResult(problems.sorted(), tracks, levels, written || !write ? files : 0, millis, written);
    }

    private static boolean blocked(Problems problems, BuildOptions options) {
        return problems.hasErrors() || (options.failOnWarning() && problems.warningCount() > 0);
    }

    private static boolean writeSite(BuildOptions options, Ladder ladder, SitePlan plan, Theme theme, Render render,
                                     Problems problems) throws IOException {
        try (StagedSite site = StagedSite.begin(options.output())) {
            for (Page page : plan.pages()) {
                try (Writer out = site.page(page.path())) {
                    render.page(page, out);
                }
            }
            for (DataFile file : plan.dataFiles()) {
                try (Writer out = site.page(file.path())) {
                    file.write(ladder, out);
                }
            }
            for (Map.Entry<String, Theme.Asset> asset : theme.assets().entrySet()) {
                site.copy(asset.getKey(), asset.getValue().open());
            }
            render.reportBrokenLinks();
            if (problems.hasErrors()) {
                return false;
            }
            if (options.pdf()) {
                PdfExport pdf = new PdfExport(pdfTime(ladder));
                for (Page page : plan.printablePages()) {
                    pdf.export(site.root(), page.path());
                }
            }
            site.publish();
            return true;
        }
    }

    /** Every file the site will have, so that links between them can be followed before any is written. */
    private static List<String> siteFiles(SitePlan plan, Theme theme, BuildOptions options) {
        List<String> files = new ArrayList<>(theme.assets().keySet());
        plan.pages().forEach(page -> files.add(page.path()));
        plan.dataFiles().forEach(file -> files.add(file.path()));
        if (options.pdf()) {
            plan.printablePages().forEach(page -> files.add(PdfExport.pdfPath(page.path())));
        }
        return files;
    }

    /** PDFs carry the ladder's effective date, so that rebuilding them changes no byte. */
    private static Instant pdfTime(Ladder ladder) {
        return ladder.home().effective() == null ? Instant.EPOCH
                : ladder.home().effective().atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * Renders pages, turning template failures into problems (one per broken template line) and following
     * every link the pages make.
     */
    private record Render(PageRenderer renderer, BuildOptions options, Problems problems, SiteLinks links,
                          Set<String> seen, Map<String, String> templates) {

        Render(PageRenderer renderer, BuildOptions options, Problems problems, SiteLinks links) {
            this(renderer, options, problems, links, new HashSet<>(), new HashMap<>());
        }

        void inMemory(SitePlan plan) throws IOException {
            for (Page page : plan.pages()) {
                page(page, Writer.nullWriter());
            }
        }

        void page(Page page, Writer out) throws IOException {
            StringWriter html = new StringWriter();
            Optional<TemplateFailure> failure = renderer.render(page, html);
            failure.ifPresent(this::report);
            if (failure.isEmpty()) {
                links.scan(page.path(), html.getBuffer());
                templates.put(page.path(), page.template());
            }
            out.append(html.getBuffer());
        }

        /** One problem per template and link: a broken link in a layout would otherwise repeat on every page. */
        void reportBrokenLinks() {
            Set<String> reported = new HashSet<>();
            for (SiteLinks.BrokenLink link : links.broken()) {
                String template = templates.get(link.page());
                if (reported.add(template + " " + link.href())) {
                    problems.add(Problem.error(templateFile(template), 0, 0, "link '" + link.href() + "' on "
                            + link.page() + " leads nowhere (" + link.reason() + "); this template or a partial "
                            + "it includes writes it"));
                }
            }
        }

        private void report(TemplateFailure failure) {
            if (seen.add(failure.template() + ":" + failure.line())) {
                problems.add(Problem.error(templateFile(failure.template()), failure.line(), failure.column(),
                        "template error while rendering " + failure.page() + ": " + failure.message()));
            }
        }

        /** The site's own template of that name, or the built-in one it did not override. */
        private Path templateFile(String template) {
            Path overrides = options.templates();
            return overrides != null && Files.exists(overrides.resolve(template))
                    ? overrides.resolve(template) : Path.of("built-in theme", template);
        }
    }
}
