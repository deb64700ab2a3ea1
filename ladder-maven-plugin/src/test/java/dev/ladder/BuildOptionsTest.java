package dev.ladder;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The incremental build reuses a site when its fingerprint is unchanged, so every option that can
 * change a page must change the fingerprint; the rest are listed as output-neutral.
 */
class BuildOptionsTest {

    private static final Path PROJECT = Path.of("/work/project");
    private static final BuildOptions OPTIONS = BuildOptions.builder(PROJECT).templates(Path.of("templates")).build();
    private static final RecordComponent[] COMPONENTS = BuildOptions.class.getRecordComponents();

    @Test
    void everyOutputNeutralNameIsAnOption() {
        List<String> names = Arrays.stream(COMPONENTS).map(RecordComponent::getName).toList();
        BuildOptions.OUTPUT_NEUTRAL.forEach(name -> assertTrue(names.contains(name), name + " is not an option"));
    }

    @Test
    void changingAnyOptionThatIsNotOutputNeutralChangesTheFingerprint() throws Exception {
        for (int i = 0; i < COMPONENTS.length; i++) {
            String name = COMPONENTS[i].getName();
            if (name.equals("projectDirectory")) {
                continue; // moving the project moves its content too: see the test below
            }
            BuildOptions changed = with(i, other(COMPONENTS[i].getAccessor().invoke(OPTIONS)));
            if (BuildOptions.OUTPUT_NEUTRAL.contains(name)) {
                assertEquals(OPTIONS.fingerprint(), changed.fingerprint(), name + " is listed as output-neutral");
            } else {
                assertNotEquals(OPTIONS.fingerprint(), changed.fingerprint(), name
                        + " can change the site but not the fingerprint; if it cannot change a byte of the site, "
                        + "list it in BuildOptions.OUTPUT_NEUTRAL");
            }
        }
    }

    @Test
    void aProjectMovedWholeKeepsItsFingerprint() {
        BuildOptions moved = BuildOptions.builder(Path.of("/elsewhere/project")).build();

        assertEquals(OPTIONS.fingerprint(), moved.fingerprint());
        assertTrue(OPTIONS.fingerprint().contains("content=content"), OPTIONS.fingerprint());
    }

    @Test
    void contentOutsideTheProjectIsFingerprintedByItsFullPath() {
        BuildOptions outside = BuildOptions.builder(PROJECT).content(Path.of("/shared/ladder")).build();

        assertTrue(outside.fingerprint().contains("content=/shared/ladder"), outside.fingerprint());
    }

    /** A value of the same type that differs from {@code value}. */
    private static Object other(Object value) {
        if (value == null) {
            return Path.of("/work/project/fonts"); // the only option that is null by default: a folder
        }
        if (value instanceof Boolean flag) {
            return !flag;
        }
        if (value instanceof Integer number) {
            return number + 3;
        }
        if (value instanceof String text) {
            return text + "https://example.org/";
        }
        if (value instanceof Path path) {
            return path.resolveSibling(path.getFileName() + "-other");
        }
        throw new AssertionError("BuildOptions has an option of a type this test cannot vary: " + value);
    }

    private static BuildOptions with(int index, Object value) throws Exception {
        Object[] arguments = new Object[COMPONENTS.length];
        Class<?>[] types = new Class<?>[COMPONENTS.length];
        for (int i = 0; i < COMPONENTS.length; i++) {
            arguments[i] = i == index ? value : COMPONENTS[i].getAccessor().invoke(OPTIONS);
            types[i] = COMPONENTS[i].getType();
        }
        Constructor<BuildOptions> constructor = BuildOptions.class.getDeclaredConstructor(types);
        return constructor.newInstance(arguments);
    }

    /** {@link BuildOptions#withOutput} moves the output and keeps every other option, whatever options there are. */
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
        for (RecordComponent component : COMPONENTS) {
            if (!component.getName().equals("output")) {
                assertEquals(component.getAccessor().invoke(options), component.getAccessor().invoke(moved),
                        component.getName());
            }
        }
    }
}
