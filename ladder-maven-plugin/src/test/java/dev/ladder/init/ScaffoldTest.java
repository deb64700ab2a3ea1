package dev.ladder.init;

import dev.ladder.BuildOptions;
import dev.ladder.BuildResult;
import dev.ladder.SiteGenerator;
import dev.ladder.bench.BenchCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScaffoldTest {

    static final InitOptions.PluginCoordinates PLUGIN =
            new InitOptions.PluginCoordinates("dev.ladder", "ladder-maven-plugin", "9.8.7");

    @TempDir
    Path dir;

    static InitResult init(Path folder, String title, String levels) {
        return Scaffold.init(new InitOptions(folder, title, InitOptions.splitLevels(levels), PLUGIN));
    }

    @Test
    void writesARepositoryWhoseLadderChecksAndBuilds() throws Exception {
        Path folder = dir.resolve("acme-ladder");
        InitResult result = init(folder, "Acme: \"Engineering\" #1", "E1,E2,E3,E4");

        assertEquals(List.of(), result.problems());
        assertEquals(List.of("pom.xml", ".mvn/jvm.config", ".gitignore", "README.md", "content/_index.md",
                "content/engineering/_index.md", "content/engineering/e1.md", "content/engineering/e2.md",
                "content/engineering/e3.md", "content/engineering/e4.md", "templates/README.md",
                ".github/workflows/ladder-check.yml", ".github/workflows/ladder-site.yml", ".gitlab-ci.yml"),
                result.written());
        BuildOptions options = BuildOptions.builder(folder).content(folder.resolve("content"))
                .templates(folder.resolve("templates")).output(folder.resolve("site")).build();
        BuildResult check = SiteGenerator.check(options);
        assertEquals(List.of(), check.problems(), "the new ladder does not pass ladder:check");
        BuildResult build = SiteGenerator.build(options);
        assertTrue(build.written());
        String home = Files.readString(folder.resolve("site/index.html"), StandardCharsets.UTF_8);
        assertTrue(home.contains("Acme: &quot;Engineering&quot; #1"), "the title with YAML's special characters");
        String e2 = Files.readString(folder.resolve("site/engineering/e2.html"), StandardCharsets.UTF_8);
        assertTrue(e2.contains("<a href=\"e1.html\">E1</a>"), "the example link to the level below");
        assertTrue(Files.readString(folder.resolve(".gitignore")).lines().anyMatch("site/"::equals));
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(folder.resolve("pom.xml").toFile());
        assertEquals("Acme: \"Engineering\" #1", XPathFactory.newInstance().newXPath().evaluate("/project/name", pom));
        assertTrue(Files.readString(folder.resolve("README.md")).startsWith("# Acme: \"Engineering\" #1\n"));
    }

    @Test
    void thePomBuildsTheSiteWithThePluginThatWroteIt() throws Exception {
        init(dir, "Ladder", "P1,P2");
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("pom.xml").toFile());
        var xpath = XPathFactory.newInstance().newXPath();

        assertEquals("pom", xpath.evaluate("/project/packaging", pom));
        assertEquals("UTF-8", xpath.evaluate("/project/properties/project.build.sourceEncoding", pom));
        assertEquals(dir.getFileName().toString().toLowerCase(), xpath.evaluate("/project/artifactId", pom));
        String plugin = "/project/build/plugins/plugin[artifactId='ladder-maven-plugin']";
        assertEquals("dev.ladder", xpath.evaluate(plugin + "/groupId", pom));
        assertEquals("9.8.7", xpath.evaluate(plugin + "/version", pom));
        assertEquals("build", xpath.evaluate(plugin + "/executions/execution/goals/goal", pom));
        assertEquals("site", xpath.evaluate("/project/build/plugins/plugin[artifactId='maven-clean-plugin']"
                + "/configuration/filesets/fileset/directory", pom));
    }

    @Test
    void theArtifactIdIsTheFolderNameAsMavenAcceptsIt() {
        assertEquals("acme-career-ladder", ScaffoldInput.artifactId(Path.of("/home/ana/Acme Career Ladder!")));
        assertEquals("ladder", ScaffoldInput.artifactId(Path.of("/home/ana/Échelle").resolve("..").resolve("«»")));
        assertEquals("ladder", ScaffoldInput.artifactId(Path.of("/")));
    }

    @Test
    void refusesWhereAnyOfItsFilesExistAndWritesNothing() throws Exception {
        Files.writeString(dir.resolve("README.md"), "ours\n");
        Files.createDirectories(dir.resolve("content/notes"));
        Files.createDirectories(dir.resolve(".github/workflows"));
        Files.writeString(dir.resolve(".github/workflows/ladder-site.yml"), "name: ours\n");
        Files.writeString(dir.resolve(".github/workflows/build.yml"), "name: unrelated\n");
        Map<String, String> before = snapshot(dir);

        InitResult result = init(dir, "Ladder", "P1,P2");

        assertEquals(List.of("'" + dir.toAbsolutePath().normalize() + "' already has README.md, content/, "
                + ".github/workflows/ladder-site.yml: init never replaces a file, so it wrote nothing; run it in a "
                + "new or empty folder, or move these away first"), result.problems());
        assertEquals(List.of(), result.written());
        assertEquals(before, snapshot(dir));
    }

    @Test
    void aFileWhereItsWorkflowFoldersGoIsRefusedBeforeAnythingIsWritten() throws Exception {
        Files.writeString(dir.resolve(".github"), "not a folder\n");

        InitResult result = init(dir, "Ladder", "P1,P2");

        assertEquals(List.of("'" + dir.toAbsolutePath().normalize() + "' already has .github: init never replaces "
                + "a file, so it wrote nothing; run it in a new or empty folder, or move these away first"),
                result.problems());
        assertEquals(Map.of(".github", "not a folder\n"), snapshot(dir));
    }

    @Test
    void otherWorkflowsMayBeThere() throws Exception {
        Files.createDirectories(dir.resolve(".github/workflows"));
        Files.writeString(dir.resolve(".github/workflows/build.yml"), "name: unrelated\n");

        assertEquals(List.of(), init(dir, "Ladder", "P1,P2").problems());
        assertEquals("name: unrelated\n", Files.readString(dir.resolve(".github/workflows/build.yml")));
    }

    @Test
    void mavensJvmGetsTheBuildsOptionsBesideAMavenWrapper() throws Exception {
        Files.createDirectories(dir.resolve(".mvn/wrapper"));
        Files.writeString(dir.resolve(".mvn/wrapper/maven-wrapper.properties"), "distributionUrl=x\n");

        InitResult result = init(dir, "Ladder", "P1,P2");

        assertEquals(List.of(), result.problems());
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
                List.of(Files.readString(dir.resolve(".mvn/jvm.config")).strip().split(" ")));
        assertEquals("distributionUrl=x\n", Files.readString(dir.resolve(".mvn/wrapper/maven-wrapper.properties")));
    }

    /** A link could send the JVM options into a folder outside the new repository, so it is refused like a file. */
    @Test
    void aSymbolicLinkWhereMavensFolderGoesIsRefused() throws Exception {
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Path ladder = Files.createDirectory(dir.resolve("ladder"));
        Files.createSymbolicLink(ladder.resolve(".mvn"), elsewhere);

        InitResult result = init(ladder, "Ladder", "P1,P2");

        assertEquals(List.of("'" + ladder.toAbsolutePath().normalize() + "' already has .mvn: init never replaces "
                + "a file, so it wrote nothing; run it in a new or empty folder, or move these away first"),
                result.problems());
        assertEquals(List.of(), result.written());
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertEquals(0, files.count());
        }
    }

    /** bench/project stands for a project init made, so the benchmark times the options such a project runs with. */
    @Test
    void theBenchmarksProjectHasTheJvmOptionsInitWrites() throws Exception {
        init(dir, "Ladder", "P1,P2");

        Path bench = BenchCorpus.source().getParent().resolve("project/.mvn/jvm.config");
        assertEquals(Files.readString(dir.resolve(".mvn/jvm.config")), Files.readString(bench));
    }

    @Test
    void refusesLevelCodesThatCannotNameAFile() throws Exception {
        InitResult result = init(dir, " ", "P1,,P 3,Index,p1,compare-p1-p2");

        assertEquals(List.of(
                "ladder.title is empty; give the ladder a name, such as -Dladder.title=\"Acme Engineering Ladder\"",
                "ladder.levels 'P1,,P 3,Index,p1,compare-p1-p2' has no level code at position 2; write the codes "
                        + "lowest first, separated by commas, such as P1,P2,P3",
                "level code 'P 3' in ladder.levels names the level's file, so it may hold only letters, digits, "
                        + "'-' and '_', and must start with a letter or a digit",
                "level code 'Index' in ladder.levels would name its file index.md, and the site uses index.html "
                        + "for a page of its own; choose another code",
                "level code 'p1' is listed twice in ladder.levels (case is ignored, as it is in file names on many "
                        + "systems); list each level once"), result.problems());
        assertEquals(Map.of(), snapshot(dir));
    }

    @Test
    void aLevelCodeTheLadderRefusesIsReportedBeforeAnythingIsWritten() throws Exception {
        InitResult result = init(dir, "Ladder", "P1,P2,compare-p1-p2");

        assertTrue(result.failed());
        assertTrue(result.problems().get(0).startsWith("the new ladder would not pass ladder:check: "
                + "content/engineering/compare-p1-p2.md"), result.problems().toString());
        assertEquals(Map.of(), snapshot(dir));
    }

    private static Map<String, String> snapshot(Path folder) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(path -> !path.equals(folder)).toList()) {
                files.put(folder.relativize(path).toString(),
                        Files.isDirectory(path) ? "/" : Files.readString(path, StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
