package dev.ladder;

import dev.ladder.load.ContentFiles;
import dev.ladder.load.ContentLoader;
import dev.ladder.load.FolderLinks;
import dev.ladder.load.FolderTree;
import dev.ladder.load.ReadLog;
import dev.ladder.load.TemplateSizes;
import dev.ladder.markdown.Markdown;
import dev.ladder.model.Ladder;
import dev.ladder.problem.IoReason;
import dev.ladder.problem.Problem;
import dev.ladder.problem.Problems;
import dev.ladder.read.LadderReader;
import dev.ladder.read.CompareReachOption;
import dev.ladder.read.UrlOptions;
import dev.ladder.render.Page;
import dev.ladder.render.PageRenderer;
import dev.ladder.render.SiteLinks;
import dev.ladder.render.SiteOutput;
import dev.ladder.render.SitePlan;
import dev.ladder.render.SiteRenderer;
import dev.ladder.render.SiteSettings;
import dev.ladder.render.Theme;
import dev.ladder.versions.ArchivePlan;
import dev.ladder.versions.VersionArchive;
import dev.ladder.work.Workers;
import dev.ladder.write.BuildSteps;
import dev.ladder.write.IncrementalSite;
import dev.ladder.write.InputFingerprint;
import dev.ladder.write.InputSnapshot;
import dev.ladder.write.InterruptedPublish;
import dev.ladder.write.OutputGuard;
import dev.ladder.write.PageImages;
import dev.ladder.write.PdfCharacters;
import dev.ladder.write.PdfExport;
import dev.ladder.write.PdfFonts;
import dev.ladder.write.SiteManifest;
import dev.ladder.write.SiteState;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The engine's façade: list the content, read it into the model, render, write. Plain Java with no
 * state between calls, so the Maven goals and the tests run the same code, as often as they like in one JVM.
 *
 * <p>A build reads and renders on all processors, and writes only files whose bytes change. When
 * nothing it is made from has changed since the last build (see {@link InputFingerprint}) and the
 * output is as that build left it, it reads no content and writes nothing.
 */
public final class SiteGenerator {

    private SiteGenerator() {
    }

    /** Checks the content, renders every page and, only when nothing is wrong, updates the output folder. */
    public static BuildResult build(BuildOptions options) {
        return run(options, true, BuildMemory.NONE);
    }

    /** {@link #build}, reading through what {@code memory} kept of earlier builds and telling it what was built. */
    static BuildResult build(BuildOptions options, BuildMemory memory) {
        return run(options, true, memory);
    }

    /** Everything {@link #build} checks, rendering every page in memory; writes nothing. */
    public static BuildResult check(BuildOptions options) {
        return run(options, false, BuildMemory.NONE);
    }

    private static BuildResult run(BuildOptions options, boolean write, BuildMemory memory) {
        long start = System.nanoTime();
        Problems problems = new Problems();
        try (Workers workers = new Workers(options.threads())) {
            InterruptedPublish.repair(options.output());
            boolean outputAllowed = !write || OutputGuard.allows(options.output(), options.projectDirectory(),
                    options.content(), options.templates(), problems);
            Optional<String> inputs = Optional.empty();
            SiteState state = SiteState.NONE;
            InputSnapshot snapshot = new InputSnapshot();
            VersionArchive versions = VersionArchive.resolve(options.content(), options.versions(), problems);
            if (write && outputAllowed) {
                if (memory.fingerprints()) {
                    inputs = InputFingerprint.of(options.content(), options.templates(),
                            options.fingerprint() + versions.fingerprint(), workers, snapshot);
                    BuildSteps.at(BuildSteps.FINGERPRINTED);
                }
                state = SiteState.read(options.output(), options.content());
                if (inputs.isPresent() && !problems.hasErrors() && state.upToDate(inputs.get())) {
                    return unchanged(state.manifest(), start);
                }
            }
            ContentFiles files = ContentLoader.list(memory.tree(new FolderTree(options.content(),
                    write ? snapshot : ReadLog.NONE)), problems, workers);
            if (options.pdf()) {
                PageImages.warnForPdfs(files, problems);
            }
            checkOptions(options, problems);
            Markdown markdown = new Markdown(options.allowRawHtml(), options.plainText());
            int reach = options.comparePairsReach();
            Optional<Ladder> ladder = new LadderReader(markdown, problems, workers, reach, memory.levels()).read(files);
            Optional<PdfFonts> fonts = ladder.filter(read -> options.pdf())
                    .flatMap(read -> PdfCharacters.check(read, options.pdfFonts(), problems));
            List<VersionArchive.Version> archived = ladder.isPresent() ? versions.read(markdown, problems, workers, reach)
                    : List.of();
            int pages = 0;
            int unchanged = 0;
            ArchivePlan archive = ArchivePlan.NONE;
            boolean written = false;
            if (ladder.isPresent() && outputAllowed && !problems.blocks(options.failOnWarning())) {
                SiteSettings settings = options.siteSettings();
                Theme theme = new Theme(options.templates());
                SiteState previous = state;
                archive = ArchivePlan.of(archived, ladder.get(), theme, settings, options.json(), workers,
                        InputFingerprint.theme(options.templates(), options.fingerprint()).orElse(""), write
                                ? (folder, key) -> previous.reusable(options.output(), folder, ArchivePlan.KEY_FILE,
                                        key)
                                : ArchivePlan.Reuse.NEVER);
                SitePlan plan = memory.planned(SitePlan.of(ladder.get(), settings, options.json(), archive.pages()));
                List<String> siteFiles = siteFiles(plan, theme, files, options);
                siteFiles.addAll(archive.files(theme));
                SiteLinks links = new SiteLinks(siteFiles);
                SiteRenderer renderer = new SiteRenderer(new PageRenderer(theme, ladder.get(), settings,
                        archive.shared()), ladder.get(), links);
                Failures failures = new Failures(options, problems);
                int read = problems.sorted().size();
                try {
                    if (write) {
                        Optional<Integer> left = writeSite(options, ladder.get(), plan, archive, theme, files, renderer,
                                failures, state, inputs.orElse(""), snapshot, workers, fonts);
                        written = left.isPresent();
                        unchanged = left.orElse(0);
                    } else {
                        failures.report(renderer.render(plan, false, SiteOutput.NONE, workers));
                        failures.report(archive.render(Optional.empty(), theme, links, workers, problems));
                        failures.reportBrokenLinks(links, plan, archive.templates());
                    }
                } catch (IOException e) {
                    problems.error(options.output(), 0, "could not be written (" + IoReason.of(e)
                            + "); check that the folders above it exist and that you may write to them");
                    written = false;
                }
                pages = plan.fileCount();
                if (written) {
                    memory.built(ladder.get(), plan, problems.sorted().size() == read);
                }
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            int tracks = ladder.map(l -> l.tracks().size()).orElse(files.tracks().size());
            int levels = ladder.map(Ladder::levelCount).orElse(0);
            return new BuildResult(problems.sorted(), tracks, levels, written || !write ? pages : 0, millis,
                    written, written ? unchanged : 0, archive.size(), archive.rendered());
        }
    }

    /** The checks of the templates folder and the addresses, which need no content. */
    static void checkOptions(BuildOptions options, Problems problems) {
        FolderLinks.check(options.templates(), "templates folder", problems);
        TemplateSizes.check(options.templates(), problems);
        UrlOptions.check(options.baseUrl(), options.editUrl(), options.projectDirectory(), problems);
        CompareReachOption.check(options.compareReach(), options.projectDirectory(), problems);
    }

    /** The result of a build that found the output already made from the same inputs. */
    private static BuildResult unchanged(SiteManifest manifest, long start) {
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new BuildResult(manifest.warnings(), manifest.tracks(), manifest.levels(), manifest.pages(), millis,
                true, manifest.pages());
    }


    /** @return how many of the plan's files were left unchanged, or empty when the site was not written */
    private static Optional<Integer> writeSite(BuildOptions options, Ladder ladder, SitePlan plan,
                                               ArchivePlan archive, Theme theme, ContentFiles files,
                                               SiteRenderer renderer, Failures failures, SiteState state,
                                               String inputs, InputSnapshot snapshot, Workers workers,
                                               Optional<PdfFonts> fonts)
            throws IOException {
        // PDFs are made from staged pages and the stylesheet, so those stay staged even when unchanged.
        Set<String> kept = options.pdf()
                ? plan.printablePages().stream().map(Page::path).collect(Collectors.toCollection(HashSet::new))
                : Set.of();
        if (options.pdf()) {
            kept.addAll(theme.assets().keySet());
            kept.addAll(files.resources().keySet());
        }
        try (IncrementalSite site = IncrementalSite.begin(options.output(), state, kept)) {
            failures.report(renderer.render(plan, true, site, workers));
            for (Map.Entry<String, Theme.Asset> asset : theme.assets().entrySet()) {
                site.copy(asset.getKey(), asset.getValue().open());
            }
            PageImages.copy(files, site, failures.problems());
            failures.report(archive.render(Optional.of(site), theme, renderer.links(), workers, failures.problems()));
            failures.reportBrokenLinks(renderer.links(), plan, archive.templates());
            if (failures.problems().hasErrors()) {
                return Optional.empty();
            }
            if (fonts.isPresent()) {
                PdfExport pdf = new PdfExport(ladder.home().effective(), fonts.get());
                for (Page page : plan.printablePages()) {
                    site.staged(pdf.export(site.root(), page.path()));
                }
            }
            List<Problem> warnings = failures.problems().sorted();
            // Content saved while this build ran: the pages may not be what the fingerprint describes,
            // so none is recorded and the next build renders again.
            String rendered = snapshot.unchanged() ? inputs : "";
            site.publish(new SiteManifest(rendered, ladder.tracks().size(), ladder.levelCount(), plan.fileCount(),
                    site.files(), warnings), options.content());
            int unchanged = (int) plan.paths().stream().filter(path -> !site.changed(path)).count();
            return Optional.of(unchanged);
        }
    }

    /** Every file the site will have, so that links between them can be followed before any is written. */
    static List<String> siteFiles(SitePlan plan, Theme theme, ContentFiles content, BuildOptions options) {
        List<String> files = new ArrayList<>(theme.assets().keySet());
        files.addAll(content.resources().keySet());
        plan.pages().forEach(page -> files.add(page.path()));
        plan.dataFiles().forEach(file -> files.add(file.path()));
        if (options.pdf()) {
            plan.printablePages().forEach(page -> files.add(PdfExport.pdfPath(page.path())));
        }
        return files;
    }
}
