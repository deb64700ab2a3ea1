package dev.ladder.markdown;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Markdown dialect of ladder content: CommonMark plus GFM tables, with source positions kept
 * so that every problem found in a body can name its line. Immutable and safe to share between threads.
 */
public final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final Parser parser;
    private final HtmlRenderer html;
    private final TextContentRenderer text;
    private final boolean allowRawHtml;
    private final boolean plainText;

    /** The dialect, with plain text: see {@link #Markdown(boolean, boolean)}. */
    public Markdown(boolean allowRawHtml) {
        this(allowRawHtml, true);
    }

    /**
     * @param allowRawHtml whether HTML written in the Markdown is passed through rather than shown as text
     * @param plainText    whether {@link #text} renders plain text; a site that shows none (no search, no
     *                     {@code ladder.json}) reads faster without it
     */
    public Markdown(boolean allowRawHtml, boolean plainText) {
        this.parser = Parser.builder()
                .extensions(EXTENSIONS)
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .inlineParserFactory(new NestedTooDeeply.GuardedInlines())
                .build();
        this.html = HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .escapeHtml(!allowRawHtml)
                // The sanitiser stays as a second line of defence behind the link checks, but its
                // rel="nofollow" does not: it means nothing on an intranet and marks the site's own links.
                .sanitizeUrls(true)
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    if (node instanceof Link) {
                        attributes.remove("rel");
                    }
                })
                .build();
        this.text = TextContentRenderer.builder().build();
        this.allowRawHtml = allowRawHtml;
        this.plainText = plainText;
    }

    /**
     * Anchors already worked out: a ladder repeats the same few competency headings in every level file,
     * and a fresh generator per heading (it numbers repeats, so it cannot be shared) is costly.
     */
    private static final Map<String, String> SLUGS = new ConcurrentHashMap<>();

    /** The anchor of a heading, as GitHub and the heading-anchor extension write it. */
    public static String slug(String heading) {
        if (SLUGS.size() > 10_000) {
            SLUGS.clear();
        }
        return SLUGS.computeIfAbsent(heading,
                text -> IdGenerator.builder().build().generateId(text.toLowerCase(Locale.ROOT)));
    }

    /**
     * Parses a body and splits it at its {@code ##} headings.
     *
     * @param firstLine the file line where the body starts, so positions are file positions
     * @throws NestedTooDeeply when the body nests deeper than any later step can follow
     */
    public MarkdownBody parse(String body, int firstLine) {
        Node document = tree(body, firstLine);
        BodyReferences references = BodyReferences.of(document, body, firstLine, allowRawHtml);
        Node intro = new Document();
        List<HeadingSection> sections = new ArrayList<>();
        Node current = intro;
        Node block = document.getFirstChild();
        while (block != null) {
            Node next = block.getNext();
            if (block instanceof Heading heading && heading.getLevel() == 2) {
                current = new Document();
                sections.add(new HeadingSection(plainText(heading), line(heading, firstLine),
                        markerColumn(heading, body), current));
            } else {
                current.appendChild(block);
            }
            block = next;
        }
        return new MarkdownBody(intro, List.copyOf(sections), references.links(), references.images(),
                references.others(), references.rawHtml());
    }

    /** Parses a whole file that has no competency sections, such as the changelog: all of it is the intro. */
    public MarkdownBody parseWhole(String text, int firstLine) {
        Node document = tree(text, firstLine);
        BodyReferences references = BodyReferences.of(document, text, firstLine, allowRawHtml);
        return new MarkdownBody(document, List.of(), references.links(), references.images(),
                references.others(), references.rawHtml());
    }

    private Node tree(String text, int firstLine) {
        Node document;
        try {
            document = parser.parse(text);
        } catch (NestedTooDeeply e) {
            throw e.from(firstLine);
        }
        NestedTooDeeply.check(document, firstLine);
        return document;
    }

    public String html(Node node) {
        return html.render(node);
    }

    /** The node as plain text, or {@code ""} when this dialect was made without plain text. */
    public String text(Node node) {
        return plainText ? text.render(node).strip() : "";
    }

    /** The words of a heading, without its Markdown: {@code ## `API` design} is "API design". */
    static String plainText(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            // A competency may be named with angle brackets ("<script>" or "Working with <legacy> code"):
            // the heading must match the name as written, tags and all.
            @Override
            public void visit(HtmlInline html) {
                out.append(html.getLiteral());
            }
        });
        return out.toString().strip();
    }

    static int line(Node node, int firstLine) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? firstLine : firstLine + spans.get(0).getLineIndex();
    }

    /** A block's span starts with its indentation; a problem with a heading points at its first '#'. */
    static int markerColumn(Node block, String body) {
        List<SourceSpan> spans = block.getSourceSpans();
        if (spans.isEmpty()) {
            return 0;
        }
        SourceSpan span = spans.get(0);
        int at = span.getInputIndex();
        int column = span.getColumnIndex();
        while (at < body.length() && (body.charAt(at) == ' ' || body.charAt(at) == '\t')) {
            at++;
            column++;
        }
        return column + 1;
    }

    static int column(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getColumnIndex() + 1;
    }
}
