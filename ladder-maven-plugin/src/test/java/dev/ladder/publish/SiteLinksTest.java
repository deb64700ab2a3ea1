package dev.ladder.publish;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every URL in every page and stylesheet of the repository's ladder leads somewhere: same-site references
 * resolve to a file of the site (and an anchor to an element of that page), and nothing is loaded from
 * another host. Links that authors wrote to other sites are listed, not followed: the build has no network.
 */
class SiteLinksTest {

    @TempDir
    static Path temp;

    private static LocalLinks links;
    private static Map<String, List<Reference>> referencesByFile;

    @BeforeAll
    static void buildSite() {
        links = new LocalLinks(BuiltSite.buildInto(temp.resolve("site")));
        referencesByFile = links.referencesByFile();
    }

    @Test
    void everySameSiteReferenceResolvesToAFileAndAnchorOfTheSite() {
        assertNoBrokenReferences(links, referencesByFile);
    }

    /** The example with grades: the grid's, the same-grade lists' and the cross-track compare pages' links. */
    @Test
    void everySameSiteReferenceOfTheJobArchitectureExampleResolves() {
        BuiltSite example = BuiltSite.buildExampleInto(temp.resolve("example"));
        LocalLinks exampleLinks = new LocalLinks(example);
        Map<String, List<Reference>> references = exampleLinks.referencesByFile();
        Map<String, String> pages = example.gradePages();
        String cross = pages.get("cross-track compare");
        assertTrue(references.get(pages.get("same grade")).stream()
                .anyMatch(reference -> reference.url().endsWith(cross.substring(cross.indexOf('/') + 1))),
                () -> pages.get("same grade") + " does not link to " + cross);
        assertNoBrokenReferences(exampleLinks, references);
    }

    private static void assertNoBrokenReferences(LocalLinks links, Map<String, List<Reference>> referencesByFile) {
        List<String> broken = new ArrayList<>();
        List<String> external = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, List<Reference>> file : referencesByFile.entrySet()) {
            for (Reference reference : file.getValue()) {
                String where = file.getKey() + ":" + reference.line() + ": " + reference.url();
                switch (reference.form()) {
                    case FRAGMENT, RELATIVE -> {
                        checked++;
                        links.problem(file.getKey(), reference).ifPresent(problem -> broken.add(where + ": " + problem));
                    }
                    case ROOT_ABSOLUTE -> broken.add(where + ": starts with \"/\", which breaks when the site is"
                            + " served under a sub-path such as /careers/ladder/; write it relative to the page");
                    case OTHER_SCHEME -> broken.add(where + ": a link a static site cannot serve");
                    case EXTERNAL, CONTACT -> external.add(where);
                    case INLINE -> checked++;
                }
            }
        }
        if (!external.isEmpty()) {
            System.out.println("Links to other sites (listed, not followed):\n  " + String.join("\n  ", external));
        }
        assertTrue(checked > 0, "found no same-site references at all, so nothing was checked");
        assertTrue(broken.isEmpty(), () -> broken.size() + " broken references in the generated site:\n"
                + String.join("\n", broken));
    }

    @Test
    void noPageOrStylesheetLoadsAnythingFromAnotherHost() {
        List<String> offSite = new ArrayList<>();
        int assets = 0;
        for (Map.Entry<String, List<Reference>> file : referencesByFile.entrySet()) {
            for (Reference reference : file.getValue()) {
                if (!reference.asset()) {
                    continue;
                }
                assets++;
                if (!Set.of(Reference.Form.RELATIVE, Reference.Form.FRAGMENT, Reference.Form.INLINE)
                        .contains(reference.form())) {
                    offSite.add(file.getKey() + ":" + reference.line() + ": " + reference.url()
                            + ": assets must ship with the site and be linked relative to the page");
                }
            }
        }
        assertTrue(assets > 0, "found no stylesheet, icon, script or image references at all");
        assertTrue(offSite.isEmpty(), () -> offSite.size() + " assets not loaded from the site itself:\n"
                + String.join("\n", offSite));
    }
}
