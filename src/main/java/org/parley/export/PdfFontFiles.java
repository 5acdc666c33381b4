package org.parley.export;

import java.io.File;
import java.io.IOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A TrueType font file embedded in a PDF, as a subset, with its letters kept apart. PDFBox applies a
 * font's ligatures itself, and DejaVu Sans joins "fi", "fl" and "ff" into one glyph each: text copied
 * from a handout read "(ﬁltered)" and "signiﬁcant", and a search of the PDF for "filtered" found nothing.
 */
public final class PdfFontFiles {

    private PdfFontFiles() {
    }

    /**
     * {@code file}, a font of Latin, Greek and Cyrillic letters, embedded in {@code document}, which closes it
     * once saved. Not for a script that needs the font's substitutions to be read at all (Devanagari's
     * conjuncts): its glyph substitutions are all turned off, PDFBox having no switch for ligatures alone.
     */
    public static PDType0Font embed(PDDocument document, File file) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
        try {
            font.setEnableGsub(false);
            PDType0Font embedded = PDType0Font.load(document, font, true);
            document.registerTrueTypeFontForClosing(font);
            return embedded;
        } catch (IOException | RuntimeException e) {
            font.close();
            throw e;
        }
    }
}
