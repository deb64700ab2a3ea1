package dev.ladder;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package structure as rules: data flows one way, source → read → model → render → write, with the
 * diff report and the Maven goals on top, so that a package can be understood (and reused by a live
 * preview or a versions archive) without the ones above it.
 */
@AnalyzeClasses(packages = "dev.ladder", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noCycleBetweenPackages = slices().matching("dev.ladder.(*)..")
            .should().beFreeOfCycles();

    /**
     * The façade ({@code SiteGenerator}, {@code BuildOptions}) calls the engine; only the goals call it: the
     * Maven goals, and {@code init}, which checks the ladder it scaffolds as {@code ladder:check} would.
     */
    @ArchTest
    static final ArchRule nothingReachesUpToTheFacade = noClasses()
            .that().resideInAPackage("dev.ladder.*..")
            .and().resideOutsideOfPackages("dev.ladder.maven..", "dev.ladder.init..", "dev.ladder.serve..")
            .should().dependOnClassesThat().resideInAPackage("dev.ladder");

    /** The engine is plain Java: the goals bind Maven's parameters and call it. */
    @ArchTest
    static final ArchRule mavenOnlyInTheGoals = noClasses()
            .that().resideOutsideOfPackage("dev.ladder.maven..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..", "org.codehaus.plexus..");

    /** YAML is a matter of the files: the rest of the engine sees front matter as {@code FrontMatterValue}s. */
    @ArchTest
    static final ArchRule yamlOnlyWhereFilesAreLoaded = noClasses()
            .that().resideOutsideOfPackage("dev.ladder.load..")
            .should().dependOnClassesThat().resideInAPackage("org.yaml.snakeyaml..");

    /**
     * The leaves everything else builds on use no other package of the engine: the model, Markdown, the
     * word-diff engine (shared by pages and the diff report) and the build's threads.
     */
    @ArchTest
    static final ArchRule modelStandsAlone = standsAlone("model");
    @ArchTest
    static final ArchRule markdownStandsAlone = standsAlone("markdown");
    @ArchTest
    static final ArchRule wordsStandAlone = standsAlone("words");
    @ArchTest
    static final ArchRule workStandsAlone = standsAlone("work");

    private static ArchRule standsAlone(String leaf) {
        String own = "dev.ladder." + leaf + "..";
        return noClasses().that().resideInAPackage(own)
                .should().dependOnClassesThat(resideInAPackage("dev.ladder..").and(not(resideInAPackage(own))))
                .because("a leaf is used by the packages above it and must not need them");
    }
}
