package dev.ladder.robustness;

import java.util.List;
import java.util.Random;

/**
 * Whole lines an editor of the ladder might plausibly write by mistake: stray fences and headings,
 * broken or unknown fields, links that lead nowhere or somewhere unsafe, and template or HTML syntax
 * that must stay text.
 */
final class TrickyLines {

    private static final List<String> LINES = List.of(
            "---", "## Observability", "## Unknown skill", "##", "# Title", "### Sub-heading",
            "title:", "title: [a, b]", "title: \"\"", "level: P9", "levels: P1", "levels: []", "competencies:",
            "  - ", "- ", "summary: a: b", "effective: 2026-13-45", "effective: soon", "version: 1.0",
            "organisation: {a: b}", "tilte: Typo", "? [complex, key]", "&a [*a, *a, *a]", "title: !custom value",
            "title: !!binary aGk=", "key: {a: [b", "\"unterminated", "'also unterminated",
            "[broken](missing.md)", "[anchor](p2.md#nowhere)", "[self](#observability)", "[home](../_index.md)",
            "[out](../../pom.xml)", "[script](javascript:alert(1))", "[root](/p1.md)", "[empty]()", "[dir](./)",
            "[percent](%ZZ.md)", "[nul](a%00b.md)", "[space](p%20x.md)", "[query](p2.md?x=1#top)",
            "[deep](" + "../".repeat(30) + "x.md)", "[ref]: nowhere.md", "[ref]", "<https://example.com>",
            "<script>alert(1)</script>", "${site.title} <#if x>", "[#ftl]", "| a | b |", "|---|---|", "```",
            "    indented code", "> quote", "<!-- comment", "* * *", "\\", "![image](p1.md)");

    private TrickyLines() {
    }

    static String next(Random random) {
        return LINES.get(random.nextInt(LINES.size()));
    }
}
