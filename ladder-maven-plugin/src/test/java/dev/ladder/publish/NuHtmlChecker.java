package dev.ladder.publish;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Nu HTML Checker (the engine behind validator.w3.org/nu) run in this JVM. Its schemas ship inside the
 * validator jar and external entities are never loaded, so checking reads nothing but the given files.
 */
final class NuHtmlChecker {

    /** One message of the checker; only errors make a page fail. */
    record Message(boolean error, int line, int column, String text) {
        String format(String page) {
            return page + ":" + line + ":" + column + ": " + (error ? "error" : "warning") + ": " + text;
        }
    }

    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    NuHtmlChecker() throws Exception {
        // Leave log4j as the test resources configure it (the checker's own setup logs FreeMarker at debug
        // level), and skip language detection: it only ever warns, and loading its profiles costs seconds.
        validator = new SimpleDocumentValidator(false, false, false);
        validator.setUpMainSchema(HTML_SCHEMA, collector);
        validator.setUpValidatorAndParsers(collector, true, false);
    }

    List<Message> checkHtml(Path page) throws Exception {
        collector.messages.clear();
        validator.checkHtmlFile(page.toFile(), true);
        return List.copyOf(collector.messages);
    }

    private static final class Collector implements ErrorHandler {
        private final List<Message> messages = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
            messages.add(new Message(false, e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
        }

        @Override
        public void error(SAXParseException e) {
            messages.add(new Message(true, e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }
}
