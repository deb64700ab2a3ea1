package dev.ladder.render;

import dev.ladder.model.Ladder;
import freemarker.core.ParseException;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Renders pages with a theme. Safe to share between threads: FreeMarker templates are. */
public final class PageRenderer {

    private final Theme theme;
    private final Ladder ladder;
    private final SiteSettings settings;

    public PageRenderer(Theme theme, Ladder ladder, SiteSettings settings) {
        this.theme = theme;
        this.ladder = ladder;
        this.settings = settings;
    }

    /** Writes the page to {@code out}; returns why it could not, if it could not. */
    public Optional<TemplateFailure> render(Page page, Writer out) throws IOException {
        Template template;
        try {
            template = theme.configuration().getTemplate(page.template());
        } catch (TemplateNotFoundException e) {
            return Optional.of(new TemplateFailure(page.template(), 0, 0, page.path(),
                    "template not found in the templates folder or the built-in theme"));
        } catch (ParseException e) {
            return Optional.of(new TemplateFailure(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(),
                    page.path(), firstLine(e.getEditorMessage())));
        }
        Map<String, Object> data = new HashMap<>(page.data());
        data.put("site", ladder.home());
        data.put("ladder", ladder);
        data.put("root", page.root());
        data.put("pagePath", page.path());
        data.put("settings", settings);
        data.put("editLink", settings.editLink(page.source()));
        try {
            template.process(data, out);
            return Optional.empty();
        } catch (TemplateException e) {
            String name = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : page.template();
            int line = e.getLineNumber() != null ? e.getLineNumber() : 0;
            int column = e.getColumnNumber() != null ? e.getColumnNumber() : 0;
            return Optional.of(new TemplateFailure(name, line, column, page.path(),
                    firstLine(e.getMessageWithoutStackTop())));
        }
    }

    /** FreeMarker's messages run over many lines of tips; the first says what is wrong. */
    private static String firstLine(String message) {
        if (message == null) {
            return "template error";
        }
        return message.lines().map(String::strip).filter(line -> !line.isEmpty())
                .findFirst().orElse("template error");
    }
}
