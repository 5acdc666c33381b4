package org.parley.export.handout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.WeakHashMap;
import java.util.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.parley.export.PdfFontFiles;
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
    /** Drawn, in the handout's own font, for a character no font on the system has. */
    static final String PLACEHOLDER = "\u25A1";
    private static final Logger LOG = Logger.getLogger(HandoutFonts.class.getName());

    private final PDFont regular;
    private final PDFont bold;
    private final boolean embedded;
    private final SystemFonts fallbacks;
    private final Set<Integer> missing = new TreeSet<>();
    private static final Map<PDFont, HandoutFonts> BY_FONT = new WeakHashMap<>();

    private HandoutFonts(PDFont regular, PDFont bold, boolean embedded, SystemFonts fallbacks) {
        this.regular = regular;
        this.bold = bold;
        this.embedded = embedded;
        this.fallbacks = fallbacks;
        synchronized (BY_FONT) {
            BY_FONT.put(regular, this);
            BY_FONT.put(bold, this);
        }
    }

    static HandoutFonts load(PDDocument document) throws IOException {
        return load(document, DEJAVU_DIR, SystemFonts.folders());
    }

    static HandoutFonts load(PDDocument document, Path fontDir) throws IOException {
        return load(document, fontDir, List.of());
    }

    static HandoutFonts load(PDDocument document, Path fontDir, List<Path> fallbackFolders) throws IOException {
        Path regular = fontDir.resolve("DejaVuSans.ttf");
        Path bold = fontDir.resolve("DejaVuSans-Bold.ttf");
        SystemFonts fallbacks = new SystemFonts(document, fallbackFolders);
        if (Files.isReadable(regular) && Files.isReadable(bold)) {
            return new HandoutFonts(PdfFontFiles.embed(document, regular.toFile()),
                    PdfFontFiles.embed(document, bold.toFile()), true, fallbacks);
        }
        return new HandoutFonts(new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), false, fallbacks);
    }

    /** A piece of a line drawn in one font. */
    record Run(String text, PDFont font) {
    }

    /**
     * {@code text} cut where the font changes: the handout's own font where it has the glyphs, else
     * the first system font that has them (a CJK or Devanagari title), else {@link #PLACEHOLDER}.
     */
    List<Run> runs(String text, PDFont font) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        PDFont currentFont = font;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            PDFont f = encodable(font, cp) ? font : fallbacks.fontFor(cp).orElse(font);
            if (f != currentFont && !current.isEmpty()) {
                runs.add(new Run(current.toString(), currentFont));
                current.setLength(0);
            }
            currentFont = f;
            current.appendCodePoint(cp);
        }
        if (!current.isEmpty()) {
            runs.add(new Run(current.toString(), currentFont));
        }
        return runs;
    }

    /**
     * The runs for text drawn in {@code font}: with fallbacks when {@code font} is one of a loaded
     * handout's faces, else the text as it is (the static drawing helpers receive only the font).
     */
    static List<Run> runsFor(String text, PDFont font) {
        HandoutFonts owner;
        synchronized (BY_FONT) {
            owner = BY_FONT.get(font);
        }
        return owner == null ? List.of(new Run(text, font)) : owner.runs(text, font);
    }

    /** Code points no font could show, drawn as {@link #PLACEHOLDER}. */
    Set<Integer> missing() {
        return Set.copyOf(missing);
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

    /**
     * The text as the fonts can show it: control characters dropped; what neither the handout's
     * font nor a system font has becomes a plain substitute or {@link #PLACEHOLDER}, with one
     * warning in the log for the whole handout.
     */
    String printable(String text, PDFont font) {
        String flat = text.replace('\n', ' ').replace('\t', ' ');
        StringBuilder out = new StringBuilder(flat.length());
        flat.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
                    || Character.getType(cp) == Character.SURROGATE) {
                return;
            }
            if (encodable(font, cp) || fallbacks.fontFor(cp).isPresent()) {
                out.appendCodePoint(cp);
                return;
            }
            String substitute = substitute(cp);
            if (substitute.equals("?") && encodable(font, PLACEHOLDER.codePointAt(0))) {
                substitute = PLACEHOLDER;
            }
            if (missing.isEmpty()) {
                LOG.warning(() -> String.format("No font has a glyph for U+%04X (and perhaps others); "
                        + "the handout shows a placeholder. Install a font for that script (e.g. Noto).", cp));
            }
            missing.add(cp);
            out.append(substitute);
        });
        return out.toString();
    }

    static boolean encodable(PDFont font, int codePoint) {
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
