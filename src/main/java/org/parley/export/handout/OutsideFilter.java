package org.parley.export.handout;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.parley.model.DateRange;

/**
 * What a handout's strips draw over the time a filter leaves out (decisions 0132 and 0135): pale
 * diagonal hatching that still tells apart in grey print, and the caption "outside the filter". The
 * day bars hatch whole days; the strips of months and years (a long focus's line, the background's
 * years, what comes next) hatch the stretch of their line before the filter's first kept day and
 * after its last, so a page that says "Filtered: 2010 – 2015" does not draw a story that seems whole.
 */
final class OutsideFilter {

    static final String CAPTION = "outside the filter";
    static final float CAPTION_SIZE = 8;
    /** A box's grey behind hatching: paler than a kept day's 0.9. */
    static final float PALE = 0.97f;
    /** The hatching's grey on a pale box, and on a dark one (the step's own days). */
    static final float ON_PALE = 0.72f;
    static final float ON_DARK = 0.42f;
    private static final float STEP = 5;

    private OutsideFilter() {
    }

    /** A stretch of a strip, from {@code left} to {@code right} in points. */
    record Part(float left, float right) {

        float width() {
            return right - left;
        }

        float centre() {
            return (left + right) / 2;
        }
    }

    /**
     * The stretches of {@code frame} before {@code kept}'s first day and after its last, as {@code x} places a
     * day's left edge on the strip; none without a filter or where the filter keeps the whole frame.
     */
    static List<Part> parts(DateRange frame, Optional<DateRange> kept, Function<LocalDate, Float> x) {
        List<Part> parts = new ArrayList<>();
        if (kept.isEmpty() || frame == null) {
            return parts;
        }
        LocalDate end = frame.last().plusDays(1);
        if (kept.get().first().isAfter(frame.first())) {
            LocalDate to = kept.get().first().isAfter(end) ? end : kept.get().first();
            parts.add(new Part(x.apply(frame.first()), x.apply(to)));
        }
        if (kept.get().last().isBefore(frame.last())) {
            LocalDate from = kept.get().last().plusDays(1);
            parts.add(new Part(x.apply(from.isBefore(frame.first()) ? frame.first() : from), x.apply(end)));
        }
        parts.removeIf(p -> p.width() < 0.5f);
        return parts;
    }

    /** Whether the caption fits across {@code width} points with a little room either side. */
    static boolean fits(HandoutFonts fonts, float width) throws IOException {
        return captionWidth(fonts) <= width - 8;
    }

    static float captionWidth(HandoutFonts fonts) throws IOException {
        return TextBlock.width(CAPTION, fonts.regular(), CAPTION_SIZE);
    }

    /** A pale box {@code height} high, hatched: a day or a stretch outside the filter. */
    static void shade(PDPageContentStream cs, float left, float bottom, float width, float height)
            throws IOException {
        cs.setNonStrokingColor(PALE);
        cs.addRect(left, bottom, width, height);
        cs.fill();
        hatch(cs, left, bottom, width, height, ON_PALE);
    }

    /** Thin diagonal lines across a box, clipped to it. */
    static void hatch(PDPageContentStream cs, float left, float bottom, float width, float height, float grey)
            throws IOException {
        cs.saveGraphicsState();
        cs.addRect(left, bottom, width, height);
        cs.clip();
        cs.setStrokingColor(grey);
        cs.setLineWidth(0.6f);
        for (float from = left - height; from < left + width; from += STEP) {
            cs.moveTo(from, bottom);
            cs.lineTo(from + height, bottom + height);
        }
        cs.stroke();
        cs.restoreGraphicsState();
    }

    /** The caption centred on {@code centre}, its baseline at {@code baseline}, in {@code grey}. */
    static void caption(PDPageContentStream cs, HandoutFonts fonts, float centre, float baseline, float grey)
            throws IOException {
        cs.setNonStrokingColor(grey);
        TextBlock.draw(cs, List.of(CAPTION), fonts.regular(), CAPTION_SIZE, centre - captionWidth(fonts) / 2,
                baseline, 0);
    }
}
