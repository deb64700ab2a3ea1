package dev.ladder.diff;

import dev.ladder.model.Ladder;
import dev.ladder.problem.Problem;
import dev.ladder.render.Page;
import dev.ladder.render.PageRenderer;
import dev.ladder.render.SiteSettings;
import dev.ladder.render.TemplateFailure;
import dev.ladder.render.Theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code diff.html}: the same {@link DiffReport} as {@code diff.md}, as a page in the site's theme (its
 * own templates folder included), written beside the Markdown with a copy of the theme's assets.
 */
final class DiffPage {

    static final String TEMPLATE = "diff.ftlh";

    private DiffPage() {
    }

    /** Writes the page; returns template errors as {@code path:line:column: error: message} lines. */
    static List<String> write(Path file, DiffReport report, Ladder ladder, DiffOptions options) throws IOException {
        Theme theme = new Theme(options.templates());
        // The report stands alone: no search index and no changelog page beside it.
        Ladder shown = new Ladder(ladder.home(), ladder.tracks());
        PageRenderer renderer = new PageRenderer(theme, shown, SiteSettings.standalone(options.projectDirectory()));
        Page page = new Page(file.getFileName().toString(), TEMPLATE, null, Map.of("report", report));
        Optional<TemplateFailure> failure;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            failure = renderer.render(page, out);
        }
        if (failure.isPresent()) {
            Files.deleteIfExists(file);
            return List.of(describe(failure.get(), options));
        }
        for (Map.Entry<String, Theme.Asset> asset : theme.assets().entrySet()) {
            Path target = file.resolveSibling(asset.getKey());
            Files.createDirectories(target.getParent());
            try (InputStream in = asset.getValue().open()) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return List.of();
    }

    private static String describe(TemplateFailure failure, DiffOptions options) {
        Path templates = options.templates();
        Path source = templates != null && Files.exists(templates.resolve(failure.template()))
                ? templates.resolve(failure.template()) : Path.of("built-in theme", failure.template());
        return Problem.error(source, failure.line(), failure.column(), "template error while "
                + "rendering " + failure.page() + ": " + failure.message()).format(options.projectDirectory());
    }
}
