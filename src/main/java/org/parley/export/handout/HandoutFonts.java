package org.parley.export.handout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The handout's two faces. DejaVu Sans is embedded (subset) when the system has it: the articles
 * use curly quotes, dashes and names like "Przydacz" that the standard 14 PDF fonts cannot all
 * encode. Without it the standard Helvetica is used and {@link #printable} replaces what it cannot
 * encode: straight quotes for curly ones, "-" for dashes, "?" for anything else.
 */
public final class HandoutFonts {

    static final Path DEJAVU_DIR = Path.of("/usr/share/fonts/truetype/dejavu");

    private final PDFont regular;
    private final PDFont bold;
    private final boolean embedded;

    private HandoutFonts(PDFont regular, PDFont bold, boolean embedded) {
        this.regular = regular;
        this.bold = bold;
        this.embedded = embedded;
    }

    static HandoutFonts load(PDDocument document) throws IOException {
        return load(document, DEJAVU_DIR);
    }

    static HandoutFonts load(PDDocument document, Path fontDir) throws IOException {
        Path regular = fontDir.resolve("DejaVuSans.ttf");
        Path bold = fontDir.resolve("DejaVuSans-Bold.ttf");
        if (Files.isReadable(regular) && Files.isReadable(bold)) {
            return new HandoutFonts(PDType0Font.load(document, regular.toFile()),
                    PDType0Font.load(document, bold.toFile()), true);
        }
        return new HandoutFonts(new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), false);
    }

    PDFont regular() {
        return regular;
    }

    PDFont bold() {
        return bold;
    }

    boolean embedded() {
        return embedded;
    }

    /** The text as the font can show it: unchanged for DejaVu, simplified for the fallback. */
    String printable(String text, PDFont font) {
        String flat = text.replace('\n', ' ').replace('\t', ' ');
        if (embedded) {
            return flat;
        }
        StringBuilder out = new StringBuilder(flat.length());
        flat.codePoints().forEach(cp -> out.append(encodable(font, cp) ? Character.toString(cp) : substitute(cp)));
        return out.toString();
    }

    private static boolean encodable(PDFont font, int codePoint) {
        try {
            font.encode(Character.toString(codePoint));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String substitute(int codePoint) {
        return switch (codePoint) {
            case '\u2018', '\u2019', '\u201A', '\u2032' -> "'";
            case '\u201C', '\u201D', '\u201E', '\u2033' -> "\"";
            case '\u2013', '\u2014', '\u2212' -> "-";
            case '\u2026' -> "...";
            case '\u00A0' -> " ";
            default -> "?";
        };
    }
}
