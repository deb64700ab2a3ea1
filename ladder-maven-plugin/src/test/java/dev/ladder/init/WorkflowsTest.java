package dev.ladder.init;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CI files {@code ladder:init} writes are YAML that runs the plugin's goals as the README promises. */
class WorkflowsTest {

    @TempDir
    Path dir;

    @BeforeEach
    void init() {
        assertFalse(ScaffoldTest.init(dir, "Ladder", "P1,P2").failed());
    }

    private Map<String, Object> yaml(String path) throws Exception {
        return new Yaml().load(Files.readString(dir.resolve(path), StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Object node, Object... keys) {
        Object value = node;
        for (Object key : keys) {
            value = key instanceof Integer index ? ((List<Object>) value).get(index) : ((Map<Object, Object>) value).get(key);
            assertTrue(value != null, "no " + key + " in " + node);
        }
        return (T) value;
    }

    /** SnakeYAML reads YAML 1.1, where the key {@code on} is the boolean true; GitHub reads it as the word. */
    private static Object trigger(Map<String, Object> workflow) {
        Object on = workflow.containsKey("on") ? workflow.get("on") : ((Map<?, ?>) workflow).get(Boolean.TRUE);
        assertTrue(on != null, "the workflow has no 'on'");
        return on;
    }

    private static List<Map<String, Object>> steps(Map<String, Object> workflow, String job) {
        return at(workflow, "jobs", job, "steps");
    }

    private static String runs(List<Map<String, Object>> steps) {
        return String.join("\n", steps.stream().filter(step -> step.containsKey("run"))
                .map(step -> (String) step.get("run")).toList());
    }

    private static Map<String, Object> step(List<Map<String, Object>> steps, String uses) {
        return steps.stream().filter(step -> String.valueOf(step.get("uses")).startsWith(uses + "@"))
                .findFirst().orElseThrow(() -> new AssertionError("no step uses " + uses));
    }

    @Test
    void pullRequestsAreCheckedAndGetTheDiff() throws Exception {
        Map<String, Object> workflow = yaml(ScaffoldFiles.CHECK_WORKFLOW);
        List<Map<String, Object>> steps = steps(workflow, "check");

        assertTrue(((Map<?, ?>) trigger(workflow)).containsKey("pull_request"));
        assertEquals(0, (Integer) at(step(steps, "actions/checkout"), "with", "fetch-depth"),
                "ladder:diff needs the target branch's history");
        assertEquals("17", at(step(steps, "actions/setup-java"), "with", "java-version"));
        assertEquals("""
                mvn -B ladder:check
                mvn -B ladder:diff "-Dladder.base=origin/$BASE_REF"
                cat target/ladder/diff.md >> "$GITHUB_STEP_SUMMARY"
                """.strip(), runs(steps).strip());
        Map<String, Object> diff = steps.stream().filter(step -> String.valueOf(step.get("run")).contains("ladder:diff"))
                .findFirst().orElseThrow();
        assertEquals("${{ github.base_ref }}", at(diff, "env", "BASE_REF"),
                "the branch name reaches the script through the environment, not pasted into it");
        Map<String, Object> upload = step(steps, "actions/upload-artifact");
        assertEquals("always()", upload.get("if"), "the report is attached when the check fails too");
        assertEquals("target/ladder/", at(upload, "with", "path"));
        assertEquals(Map.of("contents", "read"), workflow.get("permissions"));
    }

    @Test
    void theMainBranchBuildsTheSiteAsAnArtifact() throws Exception {
        Map<String, Object> workflow = yaml(ScaffoldFiles.SITE_WORKFLOW);
        List<Map<String, Object>> steps = steps(workflow, "site");

        assertEquals(List.of("main"), at(trigger(workflow), "push", "branches"));
        assertEquals("mvn -B package", runs(steps));
        assertEquals("site", at(step(steps, "actions/upload-artifact"), "with", "name"));
        assertEquals("site/", at(step(steps, "actions/upload-artifact"), "with", "path"));
    }

    @Test
    void gitlabChecksMergeRequestsAndBuildsTheDefaultBranch() throws Exception {
        Map<String, Object> ci = yaml(ScaffoldFiles.GITLAB_CI);

        assertEquals("$CI_PIPELINE_SOURCE == \"merge_request_event\"", at(ci, "check", "rules", 0, "if"));
        assertEquals("0", at(ci, "check", "variables", "GIT_DEPTH"));
        assertEquals(List.of("mvn -B ladder:check",
                "git fetch origin \"$CI_MERGE_REQUEST_TARGET_BRANCH_NAME\"",
                "mvn -B ladder:diff \"-Dladder.base=origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME\""),
                at(ci, "check", "script"));
        assertEquals("always", at(ci, "check", "artifacts", "when"));
        assertEquals(List.of("target/ladder/"), at(ci, "check", "artifacts", "paths"));
        assertEquals("target/ladder/code-quality.json", at(ci, "check", "artifacts", "reports", "codequality"));

        assertEquals("$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH", at(ci, "site", "rules", 0, "if"));
        assertEquals(List.of("mvn -B package"), at(ci, "site", "script"));
        assertEquals(List.of("site/"), at(ci, "site", "artifacts", "paths"));
    }
}
