package dev.ladder.render;

import dev.ladder.model.Ladder;
import dev.ladder.model.Track;
import freemarker.core.ParseException;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Renders pages of a ladder with a theme, giving every template the variables all pages have. Safe to
 * share between threads: FreeMarker templates are.
 *
 * @param shared variables every page of this site sees besides those of every site, such as the versions
 *               archive's {@code archive} banner
 */
public record PageRenderer(Theme theme, Ladder ladder, SiteSettings settings, Map<String, Object> shared) {

    public PageRenderer {
        shared = Map.copyOf(shared);
    }

    public PageRenderer(Theme theme, Ladder ladder, SiteSettings settings) {
        this(theme, ladder, settings, Map.of());
    }

    /** Writes the page to {@code out}; returns why it could not, if it could not. */
    public Optional<TemplateFailure> render(Page page, Writer out) throws IOException {
        Template template;
        try {
            template = theme.configuration().getTemplate(page.template());
        } catch (TemplateNotFoundException e) {
            return Optional.of(TemplateFailure.notFound(page.template(), page.template(), 0, 0, page.path()));
        } catch (IOException e) {
            // A template that failed to parse fails again on every later page, as a plain IOException around
            // the first ParseException.
            Optional<ParseException> syntax = TemplateFailure.cause(e, ParseException.class);
            if (syntax.isEmpty()) {
                throw e;
            }
            return Optional.of(TemplateFailure.syntax(syntax.get(), page.path()));
        }
        Map<String, Object> data = new HashMap<>(shared);
        data.putAll(page.data());
        data.put("site", ladder.home());
        data.put("ladder", ladder);
        data.put("root", page.root());
        data.put("pagePath", page.path());
        data.put("settings", settings);
        if (settings.compare() && page.data().get("track") instanceof Track track) {
            // The pages that exist, for the pickers of the track, compare and matrix pages: never re-derived
            // in a template.
            data.put("comparePicker", ComparePicker.of(track, settings.compareReach()));
        }
        data.put("editLink", settings.editLink(page.source()));
        try {
            template.process(data, out);
            return Optional.empty();
        } catch (TemplateException e) {
            return Optional.of(TemplateFailure.of(e, page));
        }
    }
}
