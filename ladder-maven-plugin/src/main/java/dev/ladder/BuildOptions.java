package dev.ladder;

import dev.ladder.model.ComparePairs;
import dev.ladder.render.SiteSettings;
import dev.ladder.write.PdfFonts;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/**
 * What one build reads and where it writes. Immutable: a build is a function of these options
 * and the files they name, so the same options can be built again and again in one JVM.
 *
 * @param projectDirectory paths in messages are shown relative to this folder
 * @param templates        the site's theme overrides, or {@code null}
 * @param baseUrl          where the site is published, for the sitemap; {@code ""} when unknown
 * @param editUrl          "Suggest a change" link pattern with {@code {path}}; {@code ""} for none
 * @param search           whether to write the search index and offer the search box
 * @param json             whether to write {@code ladder.json}
 * @param pdf              whether to write a PDF of each level page and booklet
 * @param pdfFonts         a folder of the organisation's own TrueType fonts for the PDFs, or {@code null}
 * @param booklets         whether to write each track's booklet, {@code print.html}
 * @param compare          whether to write compare pages of two levels of a track
 * @param compareReach     how many levels up each level is compared with, as the option was written: a whole
 *                         number from 1 up or {@code all} ({@link ComparePairs#parse}); checked by the build
 * @param changes          whether each level page shows what changes from the level below it
 * @param versions         git refs or tag patterns (such as {@code v*}) of versions to publish beside the
 *                         current ladder, in {@code versions/<name>/}; empty for none
 * @param threads          how many threads read and render; 0 for one per processor. The site is the
 *                         same whatever the number.
 */
public record BuildOptions(Path projectDirectory, Path content, Path templates, Path output,
                           boolean allowRawHtml, boolean failOnWarning, String baseUrl, String editUrl,
                           boolean search, boolean json, boolean pdf, Path pdfFonts, boolean booklets,
                           boolean compare, String compareReach, boolean changes, List<String> versions,
                           int threads) {

    public BuildOptions {
        Objects.requireNonNull(projectDirectory, "projectDirectory");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(output, "output");
        baseUrl = baseUrl == null ? "" : baseUrl.strip();
        editUrl = editUrl == null ? "" : editUrl.strip();
        compareReach = compareReach == null ? String.valueOf(ComparePairs.DEFAULT_REACH) : compareReach.strip();
        versions = versions == null ? List.of() : versions.stream().map(String::strip).filter(v -> !v.isEmpty())
                .toList();
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (one per processor) or more");
        }
    }

    /** The same build, written into {@code folder} instead: the live preview builds into a private folder. */
    public BuildOptions withOutput(Path folder) {
        return new BuildOptions(projectDirectory, content, templates, folder.toAbsolutePath().normalize(),
                allowRawHtml, failOnWarning, baseUrl, editUrl, search, json, pdf, pdfFonts, booklets, compare,
                compareReach, changes, versions, threads);
    }

    /**
     * Options that cannot change a byte of the site: where it is written, how many threads make it, the
     * folder messages are shown relative to, and where the templates are (their files are fingerprinted
     * themselves). Every other option is part of {@link #fingerprint()}, so an option added later is too,
     * unless it is added here.
     */
    public static final Set<String> OUTPUT_NEUTRAL = Set.of("projectDirectory", "templates", "output", "threads");

    /**
     * Every option that shapes the site, as text for the incremental build's fingerprint, in declaration
     * order; paths as pages show them, relative to the project.
     */
    public String fingerprint() {
        StringJoiner text = new StringJoiner("\n");
        for (RecordComponent component : BuildOptions.class.getRecordComponents()) {
            if (OUTPUT_NEUTRAL.contains(component.getName())) {
                continue;
            }
            Object value;
            try {
                value = component.getAccessor().invoke(this);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (component.getName().equals("pdfFonts")) {
                // The fonts are in the PDFs: their bytes count, not only the folder's name.
                value = PdfFonts.describe(pdfFonts);
            } else if (value instanceof Path path) {
                value = (path.startsWith(projectDirectory) ? projectDirectory.relativize(path) : path).toString()
                        .replace('\\', '/');
            }
            text.add(component.getName() + "=" + value);
        }
        return text.toString();
    }

    /** Whether the site shows sections as plain text: only the search index and {@code ladder.json} do. */
    public boolean plainText() {
        return search || json;
    }

    /** How pages show the site's address, links and optional parts. */
    public SiteSettings siteSettings() {
        return new SiteSettings(baseUrl, editUrl, search, pdf, projectDirectory, booklets, compare,
                comparePairsReach(), changes);
    }

    /**
     * The reach {@link #compareReach} asks for; {@link ComparePairs#DEFAULT_REACH} when it is not one, which
     * the build reports as an error before it renders anything ({@code CompareReachOption}).
     */
    public int comparePairsReach() {
        return ComparePairs.parse(compareReach).orElse(ComparePairs.DEFAULT_REACH);
    }

    /** Options for a project laid out the conventional way: content/, templates/ and site/ in {@code project}. */
    public static Builder builder(Path project) {
        return new Builder(project);
    }

    public static final class Builder {
        private final Path projectDirectory;
        private Path content;
        private Path templates;
        private Path output;
        private boolean allowRawHtml;
        private boolean failOnWarning;
        private String baseUrl = "";
        private String editUrl = "";
        private boolean search = true;
        private boolean json = true;
        private boolean pdf;
        private Path pdfFonts;
        private boolean booklets = true;
        private boolean compare = true;
        private String compareReach = String.valueOf(ComparePairs.DEFAULT_REACH);
        private boolean changes = true;
        private List<String> versions = List.of();
        private int threads;

        private Builder(Path project) {
            this.projectDirectory = project.toAbsolutePath().normalize();
            this.content = projectDirectory.resolve("content");
            this.templates = projectDirectory.resolve("templates");
            this.output = projectDirectory.resolve("site");
        }

        public Builder content(Path content) {
            this.content = content;
            return this;
        }

        public Builder templates(Path templates) {
            this.templates = templates;
            return this;
        }

        public Builder output(Path output) {
            this.output = output;
            return this;
        }

        public Builder allowRawHtml(boolean allowRawHtml) {
            this.allowRawHtml = allowRawHtml;
            return this;
        }

        public Builder failOnWarning(boolean failOnWarning) {
            this.failOnWarning = failOnWarning;
            return this;
        }

        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        public Builder editUrl(String editUrl) {
            this.editUrl = editUrl;
            return this;
        }

        public Builder search(boolean search) {
            this.search = search;
            return this;
        }

        public Builder json(boolean json) {
            this.json = json;
            return this;
        }

        public Builder pdf(boolean pdf) {
            this.pdf = pdf;
            return this;
        }

        public Builder pdfFonts(Path pdfFonts) {
            this.pdfFonts = pdfFonts;
            return this;
        }

        public Builder booklets(boolean booklets) {
            this.booklets = booklets;
            return this;
        }

        public Builder changes(boolean changes) {
            this.changes = changes;
            return this;
        }

        public Builder compare(boolean compare) {
            this.compare = compare;
            return this;
        }

        public Builder compareReach(String compareReach) {
            this.compareReach = compareReach;
            return this;
        }

        public Builder versions(List<String> versions) {
            this.versions = versions;
            return this;
        }

        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        public BuildOptions build() {
            return new BuildOptions(projectDirectory, absolute(content), templates == null ? null
                    : absolute(templates), absolute(output), allowRawHtml, failOnWarning, baseUrl, editUrl,
                    search, json, pdf, pdfFonts == null ? null : absolute(pdfFonts), booklets, compare,
                    compareReach, changes, versions, threads);
        }

        private Path absolute(Path path) {
            return projectDirectory.resolve(path).normalize();
        }
    }
}
