package dev.ladder.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

import java.util.ArrayList;
import java.util.List;

/** The links, images, headings other than {@code ##} and raw HTML written in a document, each with its place. */
record BodyReferences(List<LinkReference> links, List<ImageReference> images, List<OtherHeading> others,
                      List<RawHtml> rawHtml) {

    /**
     * Finds the links, images, headings other than {@code ##} and, when it is shown as text, the raw HTML
     * in one walk of the tree.
     */
    static BodyReferences of(Node document, String text, int firstLine, boolean allowRawHtml) {
        List<LinkReference> links = new ArrayList<>();
        List<ImageReference> images = new ArrayList<>();
        List<OtherHeading> others = new ArrayList<>();
        List<RawHtml> rawHtml = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            private boolean inHeading;

            @Override
            public void visit(Heading heading) {
                if (heading.getLevel() != 2) {
                    others.add(new OtherHeading(Markdown.plainText(heading), heading.getLevel(),
                            Markdown.line(heading, firstLine), Markdown.markerColumn(heading, text)));
                }
                // A competency may be named with angle brackets, and its heading must say what the name says:
                // tags in a heading are not raw HTML to warn of.
                inHeading = true;
                visitChildren(heading);
                inHeading = false;
            }

            @Override
            public void visit(HtmlInline html) {
                // A closing tag belongs to the opening one, which is reported.
                if (!allowRawHtml && !inHeading && !html.getLiteral().startsWith("</")) {
                    rawHtml.add(new RawHtml(html.getLiteral(), Markdown.line(html, firstLine), Markdown.column(html)));
                }
            }

            @Override
            public void visit(HtmlBlock html) {
                if (!allowRawHtml) {
                    rawHtml.add(new RawHtml(html.getLiteral().lines().findFirst().orElse("").strip(),
                            Markdown.line(html, firstLine), Markdown.markerColumn(html, text)));
                }
            }

            @Override
            public void visit(Link link) {
                links.add(new LinkReference(link, Markdown.line(link, firstLine), Markdown.column(link)));
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                images.add(new ImageReference(image.getDestination(), Markdown.plainText(image),
                        Markdown.line(image, firstLine), Markdown.column(image)));
                visitChildren(image);
            }
        });
        return new BodyReferences(List.copyOf(links), List.copyOf(images), List.copyOf(others),
                List.copyOf(rawHtml));
    }
}
