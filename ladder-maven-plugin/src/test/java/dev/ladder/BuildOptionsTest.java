package dev.ladder;

import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link BuildOptions#withOutput} moves the output and keeps every other option, whatever options there are. */
class BuildOptionsTest {

    @Test
    void withOutputChangesTheOutputOnly() throws Exception {
        // Every option away from its default, so that an option dropped or swapped on the way shows.
        BuildOptions options = BuildOptions.builder(Path.of("/projects/ladder"))
                .content(Path.of("ladder-content")).templates(Path.of("theme")).output(Path.of("public"))
                .allowRawHtml(true).failOnWarning(true).baseUrl("https://intranet.example/careers/")
                .editUrl("https://git.example/edit/{path}").search(false).json(false).pdf(true)
                .pdfFonts(Path.of("/fonts")).booklets(false).compare(false).changes(false).threads(3).build();

        BuildOptions moved = options.withOutput(Path.of("/tmp/preview/site"));

        assertEquals(Path.of("/tmp/preview/site"), moved.output());
        for (RecordComponent component : BuildOptions.class.getRecordComponents()) {
            if (!component.getName().equals("output")) {
                assertEquals(component.getAccessor().invoke(options), component.getAccessor().invoke(moved),
                        component.getName());
            }
        }
    }
}
