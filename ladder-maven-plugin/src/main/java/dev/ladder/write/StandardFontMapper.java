package dev.ladder.write;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * PDFBox's own font mapper, without its warning for every standard PDF font (Symbol, ZapfDingbats)
 * that the machine lacks: the PDF renderer prepares those fonts whether a page uses them or not,
 * so on most servers a build would log a dozen warnings that no user can act on.
 */
final class StandardFontMapper implements FontMapper {

    private final FontMapper delegate;

    StandardFontMapper(FontMapper delegate) {
        this.delegate = delegate;
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        FontMapping<TrueTypeFont> mapping = delegate.getTrueTypeFont(baseFont, descriptor);
        return mapping == null ? null : new FontMapping<>(mapping.getFont(), false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        FontMapping<FontBoxFont> mapping = delegate.getFontBoxFont(baseFont, descriptor);
        return mapping == null ? null : new FontMapping<>(mapping.getFont(), false);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo info) {
        return delegate.getCIDFont(baseFont, descriptor, info);
    }
}
