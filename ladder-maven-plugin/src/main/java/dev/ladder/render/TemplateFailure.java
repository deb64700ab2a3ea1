package dev.ladder.render;

import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;

import java.util.Optional;

/**
 * A template could not render a page; says where in the template and for which page.
 *
 * @param template the template's name in the theme, such as {@code level.ftlh}
 * @param line     1-based, 0 when unknown
 */
public record TemplateFailure(String template, int line, int column, String page, String message) {

    /** A template, or one it includes, that FreeMarker could not parse: the fault is in that file, not its caller. */
    static TemplateFailure syntax(ParseException e, String page) {
        return new TemplateFailure(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), page,
                firstLine(e.getEditorMessage()));
    }

    /** What went wrong while a parsed template ran, located at the instruction that failed. */
    static TemplateFailure of(TemplateException e, Page rendered) {
        String page = rendered.path();
        Optional<ParseException> syntax = cause(e, ParseException.class);
        if (syntax.isPresent()) {
            return syntax(syntax.get(), page);
        }
        String template = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : rendered.template();
        int line = e.getLineNumber() != null ? e.getLineNumber() : 0;
        int column = e.getColumnNumber() != null ? e.getColumnNumber() : 0;
        Optional<TemplateNotFoundException> missing = cause(e, TemplateNotFoundException.class);
        if (missing.isPresent()) {
            return notFound(missing.get().getTemplateName(), template, line, column, page);
        }
        // FreeMarker's own wording puts the name of what is missing on a later line, behind a colon.
        String message = e instanceof InvalidReferenceException && e.getBlamedExpressionString() != null
                ? "'" + e.getBlamedExpressionString() + "' is missing or empty; check its spelling, or write "
                + e.getBlamedExpressionString() + "!\"\" where it may be left out"
                : firstLine(e.getMessageWithoutStackTop());
        return new TemplateFailure(template, line, column, page, message);
    }

    /** @param wanted the template that was asked for; {@code template} is where it was asked for */
    static TemplateFailure notFound(String wanted, String template, int line, int column, String page) {
        return new TemplateFailure(template, line, column, page,
                "template '" + wanted + "' is not in the templates folder nor in the built-in theme");
    }

    /** FreeMarker wraps a failed include, and a template that failed to load before, around the real cause. */
    static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }

    /** FreeMarker's messages run over many lines of tips; the first says what is wrong. */
    private static String firstLine(String message) {
        if (message == null) {
            return "template error";
        }
        return message.lines().map(String::strip).filter(line -> !line.isEmpty())
                .findFirst().map(line -> line.endsWith(":") ? line.substring(0, line.length() - 1) : line)
                .orElse("template error");
    }
}
