package dev.ladder.versions;

import dev.ladder.diff.LadderDiff;
import dev.ladder.model.Ladder;
import dev.ladder.problem.Problems;
import dev.ladder.render.Page;
import dev.ladder.render.SiteLinks;
import dev.ladder.render.SiteOutput;
import dev.ladder.render.SiteRenderer;
import dev.ladder.render.TemplateFailure;
import dev.ladder.render.PageRenderer;
import dev.ladder.render.SitePlan;
import dev.ladder.render.SiteSettings;
import dev.ladder.render.Theme;
import dev.ladder.versions.VersionArchive.Version;
import dev.ladder.work.Workers;
import dev.ladder.write.IncrementalSite;
import dev.ladder.write.PageImages;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The versions archive of one build: each version as a site of its own under {@code versions/<name>/},
 * rendered with the current theme and a banner on every page, the versions page, and what the current
 * site's pages need to know of the archive (the {@code versionsPage} link, the {@code changedSince} marks).
 */
public final class ArchivePlan {

    /** Left in each version's folder: the {@link ArchivedSite#key} of the build that made it. */
    public static final String KEY_FILE = ".ladder-version";
    private static final String FORMAT = "ladder-version 1";

    /** No archive: nothing added to the site. */
    public static final ArchivePlan NONE = new ArchivePlan(List.of(), Map.of(), List.of());

    private final List<ArchivedSite> sites;
    private final Map<String, Object> shared;
    private final List<Page> pages;

    private ArchivePlan(List<ArchivedSite> sites, Map<String, Object> shared, List<Page> pages) {
        this.sites = sites;
        this.shared = shared;
        this.pages = pages;
    }

    /** Finds whether the last build's copy of a version, in {@code folder}, was made with the same key. */
    @FunctionalInterface
    public interface Reuse {
        Optional<Map<String, Long>> files(String folder, String key);

        Reuse NEVER = (folder, key) -> Optional.empty();
    }

    /**
     * @param themeDigest the digest of the plugin, options and templates ({@code InputFingerprint.theme}), part
     *                    of each version's key; {@code ""} when it could not be made, and then no version is reused
     */
    public static ArchivePlan of(List<Version> versions, Ladder current, Theme theme, SiteSettings settings,
                                 boolean json, Workers workers, String themeDigest, Reuse reuse) {
        // A release that is the current ladder (the newest tag at HEAD) is the current site itself.
        Release currentRelease = null;
        if (!versions.isEmpty() && !LadderDiff.between(versions.get(versions.size() - 1).ladder(), current).changed()) {
            currentRelease = versions.get(versions.size() - 1).release();
            versions = versions.subList(0, versions.size() - 1);
        }
        if (versions.isEmpty()) {
            return NONE;
        }
        SiteSettings archived = settings.archived();
        String currentLabel = current.home().version();
        CurrentPages currentPages = new CurrentPages(current);
        List<ArchivedSite> sites = new ArrayList<>();
        for (Version version : versions) {
            Ladder ladder = version.ladder();
            SitePlan plan = SitePlan.of(ladder, archived, json);
            ArchiveBanner banner = ArchiveBanner.of(label(version), ladder.home().effectiveText(),
                    ladder.home().effectiveIso(), currentLabel, currentPages.of(plan.pages()));
            Map<String, Object> variables = Map.of("archive", banner, "versionsPage", ArchiveBanner.UP
                    + VersionsPage.PATH);
            String folder = "versions/" + version.release().name() + "/";
            // Everything the version's files are made from, as one text: a new component of any of these
            // records joins the key by itself.
            String key = sha256(String.join("\n", FORMAT, version.release().commit(), themeDigest,
                    archived.toString(), Boolean.toString(json), banner.toString()));
            sites.add(new ArchivedSite(version, folder, plan, new PageRenderer(theme, ladder, archived, variables),
                    key, themeDigest.isEmpty() ? null : reuse.files(folder, key).orElse(null)));
        }
        Version previous = versions.get(versions.size() - 1);
        LadderDiff sincePrevious = LadderDiff.between(previous.ladder(), current);
        Map<String, Object> shared = Map.of("versionsPage", VersionsPage.PATH,
                "changedSince", ChangeMarks.of(sincePrevious, current, label(previous)));
        return new ArchivePlan(List.copyOf(sites), shared, List.of(VersionsPage.page(versions, current,
                currentRelease, workers)));
    }

    /** A version's name: its ladder's {@code version} field, or else its folder's name. */
    static String label(Version version) {
        String field = version.ladder().home().version();
        return field == null || field.isBlank() ? version.release().name() : field;
    }

    /** What each page of the current site sees of the archive. */
    public Map<String, Object> shared() {
        return shared;
    }

    /** Pages of the current site made from the archive: the versions page. */
    public List<Page> pages() {
        return pages;
    }

    /** How many versions the site holds beside the current one. */
    public int size() {
        return sites.size();
    }

    /** How many of them this build rendered; the others were taken from the last build as they were. */
    public int rendered() {
        return (int) sites.stream().filter(site -> site.reused() == null).count();
    }

    /** Every file the archive adds to the site, by site path: links to them are followed before any is written. */
    public List<String> files(Theme theme) {
        List<String> files = new ArrayList<>();
        for (ArchivedSite site : sites) {
            if (site.reused() != null) {
                files.addAll(site.reused().keySet());
                continue;
            }
            site.plan().paths().forEach(path -> files.add(site.folder() + path));
            theme.assets().keySet().forEach(path -> files.add(site.folder() + path));
            site.version().files().resources().keySet().forEach(path -> files.add(site.folder() + path));
            files.add(site.folder() + KEY_FILE);
        }
        return files;
    }

    /** The template of each page rendered, by site path, to say where a broken link comes from. */
    public Map<String, String> templates() {
        Map<String, String> templates = new HashMap<>();
        sites.stream().filter(site -> site.reused() == null).forEach(site -> site.plan().pages()
                .forEach(page -> templates.put(site.folder() + page.path(), page.template())));
        return templates;
    }

    /**
     * Renders each version that changed into {@code site} (with the theme's assets and its key), and takes
     * the others from the last build; {@code site} empty renders every version in memory, as a check does.
     */
    public List<TemplateFailure> render(Optional<IncrementalSite> site, Theme theme, SiteLinks links,
                                        Workers workers, Problems problems) throws IOException {
        List<TemplateFailure> failures = new ArrayList<>();
        for (ArchivedSite archived : sites) {
            if (archived.reused() != null && site.isPresent()) {
                site.get().reuse(archived.reused());
                continue;
            }
            SiteRenderer renderer = new SiteRenderer(archived.renderer(), archived.version().ladder(), links,
                    archived.folder());
            failures.addAll(renderer.render(archived.plan(), true, site.map(SiteOutput.class::cast)
                    .orElse(SiteOutput.NONE), workers));
            if (site.isPresent()) {
                for (Map.Entry<String, Theme.Asset> asset : theme.assets().entrySet()) {
                    site.get().copy(archived.folder() + asset.getKey(), asset.getValue().open());
                }
                PageImages.copy(archived.version().files(), archived.folder(), site.get(), problems);
                site.get().copy(archived.folder() + KEY_FILE,
                        new ByteArrayInputStream(archived.key().getBytes(StandardCharsets.UTF_8)));
            }
        }
        return failures;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
