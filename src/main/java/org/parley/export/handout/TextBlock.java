package org.parley.export.handout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.parley.layout.TextWrap;

/**
 * Word-wrapped text for a PDF page: PDFBox draws one line at a time and leaves wrapping to the
 * caller. Coordinates are PDF points with y growing up; {@link #draw} returns the baseline below
 * the last line so blocks can be stacked.
 */
final class TextBlock {

    private final HandoutFonts fonts;

    TextBlock(HandoutFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * The lines {@code text} breaks into at {@code width}; at most {@code maxLines}, the last one
     * ending in an ellipsis when text was cut. Each line break starts a new line (a context step's
     * list of events); when the list does not fit, its last line says how many items were left out.
     * An item that begins with {@link Step#BULLET} hangs ({@link #HANGING}).
     */
    List<String> wrap(String text, PDFont font, float size, float width, int maxLines) throws IOException {
        if (text.indexOf('\n') >= 0) {
            String[] items = text.split("\n");
            List<String> lines = new ArrayList<>();
            if (listInto(lines, items, font, size, width, maxLines) == items.length || maxLines < 2) {
                return lines;
            }
            // A handout must not drop items without a word: the last line counts them.
            lines.clear();
            int shown = listInto(lines, items, font, size, width, maxLines - 1);
            lines.add(fonts.printable((fonts.embedded() ? "\u2026" : "...") + " and " + (items.length - shown)
                    + " more", font));
            return lines;
        }
        return item(text, font, size, width, maxLines);
    }

    /**
     * One paragraph's lines: the first at most {@code first} wide, the others {@code rest}; the last
     * of {@code maxLines} ending in an ellipsis when text was cut.
     */
    private List<String> paragraph(String printable, PDFont font, float size, float first, float rest, int maxLines)
            throws IOException {
        List<String> lines = new ArrayList<>();
        if (printable.isEmpty() || maxLines <= 0) {
            return lines;
        }
        StringBuilder line = new StringBuilder();
        String[] words = pieces(printable.split(" +"), font, size, Math.min(first, rest));
        for (int i = 0; i < words.length; i++) {
            float width = lines.isEmpty() ? first : rest;
            String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
            if (line.isEmpty() || width(candidate, font, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            lines.add(line.toString());
            line.setLength(0);
            line.append(words[i]);
            if (lines.size() == maxLines) {
                lines.set(maxLines - 1, ellipsize(lines.get(maxLines - 1), font, size, width));
                return lines;
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /**
     * A list item's lines. One that begins with {@link Step#BULLET} hangs: its wrapped lines are
     * narrower by the bullet and marked {@link #HANGING}, so {@link #draw} starts them under the
     * item's first word, not under the bullet, where they had read as items of their own.
     */
    private List<String> item(String item, PDFont font, float size, float width, int maxLines) throws IOException {
        String printable = fonts.printable(item, font).strip();
        String bullet = fonts.printable(Step.BULLET, font);
        if (!printable.startsWith(bullet)) {
            return paragraph(printable, font, size, width, width, maxLines);
        }
        float indent = width(bullet, font, size);
        List<String> lines = paragraph(printable, font, size, width, width - indent, maxLines);
        for (int i = 1; i < lines.size(); i++) {
            lines.set(i, HANGING + lines.get(i));
        }
        return lines;
    }

    /**
     * Begins a list item's wrapped line: drawn a bullet's width in. A tab, since
     * {@link HandoutFonts#printable} takes every tab out of the text itself.
     */
    static final String HANGING = "\t";

    /** Whether {@code line} is a list item's wrapped line, drawn under the item's text. */
    static boolean hangs(String line) {
        return line.startsWith(HANGING);
    }

    /**
     * The words, each wider than a line cut into pieces that fit ({@link TextWrap#pieces}): a title
     * of one 112-character word ran off the page.
     */
    private static String[] pieces(String[] words, PDFont font, float size, float width) throws IOException {
        ToDoubleFunction<String> measure = text -> {
            try {
                return width(text, font, size);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        List<String> out = new ArrayList<>(words.length);
        try {
            for (String word : words) {
                out.addAll(TextWrap.pieces(word, width, measure));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return out.toArray(String[]::new);
    }

    /** Wraps {@code items} one after another into {@code lines}, up to {@code maxLines}; returns how many began. */
    private int listInto(List<String> lines, String[] items, PDFont font, float size, float width, int maxLines)
            throws IOException {
        int shown = 0;
        for (String item : items) {
            if (lines.size() >= maxLines) {
                break;
            }
            lines.addAll(item(item, font, size, width, maxLines - lines.size()));
            shown++;
        }
        return shown;
    }

    private String ellipsize(String line, PDFont font, float size, float width) throws IOException {
        String mark = fonts.embedded() ? "\u2026" : "...";
        String cut = line;
        while (!cut.isEmpty() && width(cut + mark, font, size) > width) {
            int space = cut.lastIndexOf(' ');
            // By code point: half an emoji's surrogate pair has no glyph in any font, and PDFBox throws on it.
            cut = space > 0 ? cut.substring(0, space) : cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        return cut + mark;
    }

    static float width(String text, PDFont font, float size) throws IOException {
        float width = 0;
        for (HandoutFonts.Run run : HandoutFonts.runsFor(text, font)) {
            width += run.font().getStringWidth(run.text()) / 1000f * size;
        }
        return width;
    }

    /** One line, switching to a fallback font for the characters the handout's font lacks. */
    private static void show(PDPageContentStream cs, String text, PDFont font, float size, float x, float y)
            throws IOException {
        cs.beginText();
        cs.newLineAtOffset(x, y);
        for (HandoutFonts.Run run : HandoutFonts.runsFor(text, font)) {
            cs.setFont(run.font(), size);
            cs.showText(run.text());
        }
        cs.endText();
    }

    /** Draws lines from the baseline {@code y} down; returns the baseline after the last one. */
    static float draw(PDPageContentStream cs, List<String> lines, PDFont font, float size, float x, float y,
                      float leading) throws IOException {
        float baseline = y;
        for (String line : lines) {
            if (hangs(line)) {
                show(cs, line.substring(HANGING.length()), font, size, x + width(Step.BULLET, font, size), baseline);
            } else {
                show(cs, line, font, size, x, baseline);
            }
            baseline -= leading;
        }
        return baseline;
    }

    /** Draws one line ending at {@code right}. */
    static void drawRight(PDPageContentStream cs, String text, PDFont font, float size, float right, float y)
            throws IOException {
        show(cs, text, font, size, right - width(text, font, size), y);
    }
}
