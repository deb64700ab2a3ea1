package dev.ladder;

import dev.ladder.load.ContentFiles;
import dev.ladder.load.ContentLoader;
import dev.ladder.load.ContentTree;
import dev.ladder.markdown.Markdown;
import dev.ladder.model.Ladder;
import dev.ladder.partial.AffectedPages;
import dev.ladder.problem.Problems;
import dev.ladder.read.LadderReader;
import dev.ladder.read.LevelMemory;
import dev.ladder.render.DataPieces;
import dev.ladder.render.PageRenderer;
import dev.ladder.render.SiteLinks;
import dev.ladder.render.SitePlan;
import dev.ladder.render.SiteRenderer;
import dev.ladder.render.Theme;
import dev.ladder.versions.ArchivePlan;
import dev.ladder.work.Workers;
import dev.ladder.write.PatchedSite;
import dev.ladder.write.SiteManifest;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A build of the live preview that renders only the pages a change affects ({@link AffectedPages}) over the
 * site the last build left: the same reading, through the memory of earlier reads, the same plan and the
 * same renderer as {@link SiteGenerator#build}, then only the affected pages rendered and written.
 *
 * <p>Gives up, leaving the output as it was, whenever a whole build would say or do more: problems that
 * stop the build (the whole build reports them), or a change that affects every page.
 */
final class PartialBuild {

    /** A build done, and the site it left. */
    record Outcome(PreviewSite.Build build, PreviewSite.Rendered site) {
    }

    private final BuildOptions options;
    private final ContentTree tree;
    private final LevelMemory levels;

    /** @param tree the content as the earlier builds read it; {@code levels} the levels they made */
    PartialBuild(BuildOptions options, ContentTree tree, LevelMemory levels) {
        this.options = options;
        this.tree = tree;
        this.levels = levels;
    }

    /**
     * @param last   what the output was rendered from; the theme is the one it was rendered with
     * @param pieces what earlier builds wrote of the data files for each track
     */
    Optional<Outcome> run(PreviewSite.Rendered last, Theme theme, DataPieces pieces) {
        long start = System.nanoTime();
        Problems problems = new Problems();
        try (Workers workers = new Workers(options.threads())) {
            ContentFiles files = ContentLoader.list(tree, problems, workers);
            SiteGenerator.checkOptions(options, problems);
            Markdown markdown = new Markdown(options.allowRawHtml(), options.plainText());
            Optional<Ladder> read = new LadderReader(markdown, problems, workers, options.comparePairsReach(), levels)
                    .read(files);
            if (read.isEmpty() || problems.blocks(options.failOnWarning())) {
                return Optional.empty();
            }
            Ladder ladder = read.get();
            SitePlan plan = SitePlan.of(ladder, options.siteSettings(), options.json()).remembering(pieces);
            Optional<SitePlan> affected = AffectedPages.of(last.plan(), ladder, plan, workers);
            if (affected.isEmpty()) {
                return Optional.empty();
            }
            List<String> written;
            SiteLinks links = new SiteLinks(SiteGenerator.siteFiles(plan, theme, files, options));
            SiteRenderer renderer = new SiteRenderer(new PageRenderer(theme, ladder, options.siteSettings(),
                    ArchivePlan.NONE.shared()), ladder, links);
            Failures failures = new Failures(options, problems);
            PatchedSite site = new PatchedSite(options.output());
            try {
                failures.report(renderer.render(affected.get(), true, site, workers));
                failures.reportBrokenLinks(links, affected.get(), Map.of());
                if (problems.blocks(options.failOnWarning())) {
                    return Optional.empty();
                }
                written = site.publish(new SiteManifest("", ladder.tracks().size(), ladder.levelCount(),
                        plan.fileCount(), last.files(), problems.sorted()), options.content());
            } finally {
                site.discard();
            }
            int rendered = affected.get().fileCount();
            BuildResult result = new BuildResult(problems.sorted(), ladder.tracks().size(), ladder.levelCount(),
                    plan.fileCount(), (System.nanoTime() - start) / 1_000_000, true, plan.fileCount() - written.size());
            return Optional.of(new Outcome(new PreviewSite.Build(result, rendered, true, Optional.of(written)),
                    new PreviewSite.Rendered(last.plan().with(ladder, affected.get()), site.files(last.files()))));
        } catch (IOException e) {
            // The whole build that follows reports why the output could not be written.
            return Optional.empty();
        }
    }
}
