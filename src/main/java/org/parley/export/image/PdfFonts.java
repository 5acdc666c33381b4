package org.parley.export.image;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.io.File;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.parley.export.PdfFontFiles;
import org.parley.render.FontSpec;

/**
 * Text in a PDF is real text (searchable, copyable) when DejaVu Sans — the font every painter asks
 * for — is found at its fontconfig path; it is then embedded as a subset. Without it the drawer
 * falls back to drawing each glyph as a vector shape, which looks the same but cannot be searched.
 */
final class PdfFonts {

    private static final File DIR = new File("/usr/share/fonts/truetype/dejavu");
    private static final File REGULAR = new File(DIR, "DejaVuSans.ttf");
    private static final File BOLD = new File(DIR, "DejaVuSans-Bold.ttf");

    private PdfFonts() {
    }

    /** Whether text will be embedded as text rather than drawn as shapes. */
    static boolean textAsText() {
        return REGULAR.isFile() && BOLD.isFile();
    }

    /** The drawer of {@code document}'s text, its fonts embedded in it with their letters kept apart. */
    static PdfBoxGraphics2DFontTextDrawer drawer(PDDocument document) throws IOException {
        PdfBoxGraphics2DFontTextDrawer drawer = new PdfBoxGraphics2DFontTextDrawer();
        if (textAsText()) {
            // The drawer matches AWT fonts by their font name: "DejaVu Sans", "DejaVu Sans Bold".
            drawer.registerFont(FontSpec.SANS, PdfFontFiles.embed(document, REGULAR));
            drawer.registerFont(FontSpec.SANS + " Bold", PdfFontFiles.embed(document, BOLD));
        }
        return drawer;
    }
}
