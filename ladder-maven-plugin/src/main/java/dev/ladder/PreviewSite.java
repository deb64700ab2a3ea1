package dev.ladder;

import dev.ladder.load.ContentTree;
import dev.ladder.load.FolderTree;
import dev.ladder.load.RememberedTree;
import dev.ladder.model.Ladder;
import dev.ladder.partial.RenderedPlan;
import dev.ladder.read.LevelMemory;
import dev.ladder.render.DataPieces;
import dev.ladder.render.SitePlan;
import dev.ladder.render.Theme;
import dev.ladder.write.SiteManifest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The live preview's builds of one project into its private folder, each after a change the preview's
 * watch saw. The first build, and one after a change that may affect every page, is {@link SiteGenerator#build}
 * reading through what earlier builds read; a change to the text of a few content files reads only those
 * files again and renders only the pages it affects ({@link PartialBuild}). Either way the folder holds what
 * {@code ladder:build} would write from the same sources.
 *
 * <p>One build at a time: the preview runs them one after another.
 */
public final class PreviewSite {

    /** A build, with how many pages and data files it rendered. */
    public record Build(BuildResult result, int rendered, boolean partial, Optional<List<String>> written) {
    }

    /** What the last build that wrote the site rendered it from, and the files it left with their sizes. */
    record Rendered(RenderedPlan plan, Map<String, Long> files) {
    }

    private final BuildOptions options;
    private final RememberedTree tree;
    private final LevelMemory levels = LevelMemory.remembering();
    private final DataPieces pieces = new DataPieces();
    private final SourceChanges changes;
    private Rendered last;
    private Theme theme;
    private int rendered;

    /** @param options the build, whose output is the preview's own folder */
    public PreviewSite(BuildOptions options) {
        this.options = options;
        this.tree = new RememberedTree(new FolderTree(options.content()));
        this.changes = new SourceChanges(options, tree);
    }

    /**
     * Builds after {@code changed} source files changed (or were added or removed); the first build is
     * given none.
     */
    public Build build(Set<Path> changed) {
        SourceChanges.Kind kind = changes.classify(changed);
        if (kind == SourceChanges.Kind.STRUCTURE) {
            tree.clear();
            levels.clear();
        } else {
            tree.forget(changed);
            levels.forget(changed);
        }
        if (kind != SourceChanges.Kind.TEXT) {
            // Until a whole build succeeds, the site does not show this change (new images, say): the next
            // save must not render only some pages over it.
            theme = null;
            last = null;
        } else if (last != null && changes.partialAllowed()) {
            if (theme == null) {
                theme = new Theme(options.templates());
            }
            Optional<PartialBuild.Outcome> partial = new PartialBuild(options, tree, levels)
                    .run(last, theme, pieces);
            if (partial.isPresent()) {
                last = partial.get().site();
                return partial.get().build();
            }
        }
        rendered = 0;
        BuildResult result = SiteGenerator.build(options, memory());
        return new Build(result, rendered, false, Optional.empty());
    }

    private BuildMemory memory() {
        return new BuildMemory() {
            @Override
            public ContentTree tree(ContentTree disk) {
                return tree;
            }

            @Override
            public LevelMemory levels() {
                return levels;
            }

            @Override
            public SitePlan planned(SitePlan plan) {
                return plan.remembering(pieces);
            }

            @Override
            public boolean fingerprints() {
                // Every build follows a change, and a file remembered from an earlier build was never
                // fingerprinted: the output's record of its inputs would vouch for what it has not seen.
                return false;
            }

            @Override
            public void built(Ladder ladder, SitePlan plan, boolean clean) {
                rendered = plan.fileCount();
                last = clean ? SiteManifest.read(options.output(), options.content())
                        .map(manifest -> new Rendered(RenderedPlan.of(ladder, plan), manifest.files())).orElse(null)
                        : null;
            }
        };
    }
}
