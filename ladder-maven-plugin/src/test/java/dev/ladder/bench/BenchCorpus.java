package dev.ladder.bench;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The benchmark's corpus generator, {@code bench/CorpusGenerator.java}, compiled from the repository
 * and run in the test's JVM: tests use the same ladders the benchmark times, and fail if it stops compiling.
 */
public final class BenchCorpus {

    private static Method main;

    private BenchCorpus() {
    }

    /** Writes a generated ladder of {@code tracks} x {@code levels} x {@code competencies} into {@code folder}. */
    public static Path generate(Path folder, int tracks, int levels, int competencies) throws Exception {
        generator().invoke(null, (Object) new String[] {
            String.valueOf(tracks), String.valueOf(levels), String.valueOf(competencies), folder.toString()});
        return folder;
    }

    /**
     * As {@link #generate}, with every second track a specialisation of the one before it: it inherits all
     * its base's sections but one it rewrites and one of its own.
     */
    public static Path generateWithSpecialisations(Path folder, int tracks, int levels, int competencies)
            throws Exception {
        generator().invoke(null, (Object) new String[] {String.valueOf(tracks), String.valueOf(levels),
            String.valueOf(competencies), folder.toString(), "specialisations"});
        return folder;
    }

    /** The generator's source file, at the repository root beside this module. */
    public static Path source() {
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        return module.toAbsolutePath().getParent().resolve("bench").resolve("CorpusGenerator.java");
    }

    private static synchronized Method generator() throws Exception {
        if (main == null) {
            Path classes = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
                    .resolve("target").resolve("bench-classes");
            Files.createDirectories(classes);
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            int status = compiler.run(null, null, errors, "-d", classes.toString(), source().toString());
            if (status != 0) {
                throw new IOException("bench/CorpusGenerator.java does not compile:\n"
                        + errors.toString(StandardCharsets.UTF_8));
            }
            URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                    BenchCorpus.class.getClassLoader());
            main = loader.loadClass("CorpusGenerator").getMethod("main", String[].class);
        }
        return main;
    }
}
