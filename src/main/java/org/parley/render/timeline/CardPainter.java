package org.parley.render.timeline;

import java.util.List;
import java.util.function.Function;
import org.parley.layout.ItemBox;
import org.parley.layout.RowGeometry;
import org.parley.model.Event;
import org.parley.render.FontSpec;
import org.parley.render.MarkShape;
import org.parley.render.Painter;
import org.parley.render.Rgba;
import org.parley.render.TextAnchor;
import org.parley.layout.TextWrap;
import org.parley.render.Theme;

/**
 * Draws a day's event as a card in its day column: the kind's colour down its left edge (a dashed
 * outline instead when it had not happened as of the papers' date), its mark, "≈" when the curator
 * inferred its day or place, and its whole title wrapped inside, so the events of a busy day read as a list in their
 * order rather than a stack of identical bars. The card never reaches past its column.
 */
final class CardPainter {

    static final FontSpec FONT = FontSpec.sans(12);
    private static final double STRIPE = 4;
    private static final double TEXT_LEFT = 20;
    private static final double TEXT_RIGHT = 6;
    private static final double INSET = 2;

    /** Smaller type a title takes before it is cut: on paper or in a narrow column there is no tooltip to read the rest. */
    private static final FontSpec[] SMALLER = {FontSpec.sans(11), FontSpec.sans(10)};

    private CardPainter() {
    }

    /**
     * The text's lines in the card font, or in the largest smaller one that holds it whole; the font
     * it fits in is returned, and left set.
     */
    private static Wrapped wholeTitle(Painter p, String text, String clock, double width, int maxLines) {
        Wrapped lines = wrap(p, FONT, text, clock, width, maxLines);
        for (FontSpec smaller : SMALLER) {
            if (!cut(lines.lines(), text)) {
                return lines;
            }
            Wrapped tried = wrap(p, smaller, text, clock, width, maxLines);
            if (!cut(tried.lines(), text)) {
                return tried;
            }
        }
        return wrap(p, FONT, text, clock, width, maxLines);
    }

    /** The lines a card {@code height} tall holds: on paper a row of short titles is lower than the geometry's. */
    private static int linesIn(double height, RowGeometry geometry) {
        int lines = (int) Math.round((height - 2 * RowGeometry.CARD_PADDING) / geometry.lineHeight());
        return Math.max(1, Math.min(geometry.cardLines(), lines));
    }

    /**
     * The lines {@code e}'s text takes whole in a card {@code boxWidth} wide, in the largest card
     * type that holds it in at most {@code most}; {@code most} when none does. A row of cards this
     * tall prints it as {@link #paint} would in a taller one.
     */
    static int linesOf(Painter p, Event e, String notReporting, String clock, double boxWidth, int most) {
        double textWidth = boxWidth - 2 * INSET - TEXT_LEFT - TEXT_RIGHT - (e.inferred() ? InferredMark.WIDTH : 0);
        String text = text(withNotReporting(e.title(), notReporting), clock);
        List<String> lines = wrap(p, FONT, text, clock, textWidth, most).lines();
        for (FontSpec smaller : SMALLER) {
            if (!cut(lines, text)) {
                return Math.max(1, lines.size());
            }
            lines = wrap(p, smaller, text, clock, textWidth, most).lines();
        }
        return cut(lines, text) ? most : Math.max(1, lines.size());
    }

    /** A card's lines and the font they are in. */
    private record Wrapped(List<String> lines, FontSpec font) {
    }

    /**
     * {@code text} wrapped in {@code font}, its leading {@code clock} (if any) measured as wide as it
     * is drawn, in bold; the font is left set.
     */
    private static Wrapped wrap(Painter p, FontSpec font, String text, String clock, double width, int maxLines) {
        double extra = 0;
        if (clock != null) {
            p.setFont(bold(font));
            extra = p.textWidth(clock);
            p.setFont(font);
            extra -= p.textWidth(clock);
        }
        p.setFont(font);
        double boldExtra = extra;
        return new Wrapped(TextWrap.lines(text, width, maxLines,
                s -> p.textWidth(s) + (clock != null && s.startsWith(clock) ? boldExtra : 0)), font);
    }

    private static FontSpec bold(FontSpec font) {
        return new FontSpec(font.family(), font.size(), true);
    }

    /** What a card prints: its time first when it is timed ("09:30 Grushko: …"), then its title. */
    static String text(String title, String clock) {
        return clock == null ? title : clock + " " + title;
    }

    /**
     * The lines the longest of {@code events}' texts takes whole in a card {@code boxWidth} wide, in
     * the smallest type a card title takes, at most {@code most}: what a row of cards must hold so
     * that no title is cut where no tooltip can give the rest (on paper).
     *
     * @param clockOf the time a card prints before its title, or null
     */
    static int linesHoldingWhole(Painter p, List<Event> events, Function<String, String> notReporting,
                                 Function<Event, String> clockOf, double boxWidth, int most) {
        return longest(p, SMALLER[SMALLER.length - 1], events, notReporting, clockOf, boxWidth, most);
    }

    /**
     * As {@link #linesHoldingWhole}, in the card type itself: the lines a row must hold so that no
     * title is printed smaller than its neighbours (day columns, which choose their width by it).
     */
    static int linesInCardType(Painter p, List<Event> events, Function<String, String> notReporting,
                               Function<Event, String> clockOf, double boxWidth, int most) {
        return longest(p, FONT, events, notReporting, clockOf, boxWidth, most);
    }

    private static int longest(Painter p, FontSpec font, List<Event> events, Function<String, String> notReporting,
                               Function<Event, String> clockOf, double boxWidth, int most) {
        int lines = 0;
        for (Event e : events) {
            double textWidth = boxWidth - 2 * INSET - TEXT_LEFT - TEXT_RIGHT - (e.inferred() ? InferredMark.WIDTH : 0);
            String clock = clockOf.apply(e);
            lines = Math.max(lines, wrap(p, font,
                    text(withNotReporting(e.title(), notReporting.apply(e.id())), clock), clock, textWidth, most)
                    .lines().size());
        }
        return lines;
    }

    private static boolean cut(List<String> lines, String title) {
        return !lines.isEmpty() && lines.get(lines.size() - 1).endsWith(TextWrap.ELLIPSIS)
                && !title.strip().endsWith(TextWrap.ELLIPSIS);
    }

    /** "… (photo caption)" for an event known only from {@code notReporting}; the title as it is when that is null. */
    static String withNotReporting(String title, String notReporting) {
        return notReporting == null ? title : title + " (" + notReporting + ")";
    }

    /** @param clock the time printed before the title, in bold ("09:30"), or null for a card of a whole day */
    static void paint(Painter p, Theme theme, ItemBox b, Event e, String notReporting, String clock, boolean dimmed,
                      double viewportWidth, RowGeometry geometry) {
        Rgba colour = theme.kind(e.kind());
        if (dimmed) {
            colour = colour.mix(theme.background(), 0.65);
        }
        double x = Math.max(b.x0(), -ItemPainter.ARC) + INSET;
        double right = Math.min(b.x1(), viewportWidth + ItemPainter.ARC) - INSET;
        double w = right - x;
        double h = b.y1() - b.y0();
        if (w <= 2) {
            return;
        }
        // What had not (yet) happened as of the papers' date is hollow, ringed with its modality's
        // dashes, as the key says: a scheduled meeting must not read as one that took place.
        boolean notYet = ModalityStyle.distinct(e.modality());
        p.setFill(notYet ? theme.background() : colour.mix(theme.background(), dimmed ? 0.92 : 0.84));
        p.fillRoundRect(x, b.y0(), w, h, ItemPainter.ARC);
        p.setStroke(notYet ? colour : colour.mix(theme.background(), 0.35));
        p.setLineWidth(notYet ? 1.5 : 1);
        p.setLineDash(ModalityStyle.dashes(e.modality()));
        p.strokeRoundRect(x, b.y0(), w, h, ItemPainter.ARC);
        p.setLineDash();
        p.setFill(colour);
        if (!notYet) {
            p.fillRect(x, b.y0() + 1, STRIPE, h - 2);
        }
        double firstLineMiddle = b.y0() + RowGeometry.CARD_PADDING + geometry.lineHeight() / 2;
        MarkShape.of(e.kind()).fill(p, x + STRIPE + 8, firstLineMiddle, 4.5);

        double textRight = TEXT_RIGHT;
        if (e.inferred()) {
            textRight += InferredMark.WIDTH;
            InferredMark.paint(p, theme, right - TEXT_RIGHT - InferredMark.CENTRE, firstLineMiddle);
        }
        p.setFill(dimmed ? theme.mutedText() : theme.text());
        String text = text(withNotReporting(e.title(), notReporting), clock);
        Wrapped wrapped = wholeTitle(p, text, clock, w - TEXT_LEFT - textRight, linesIn(h, geometry));
        List<String> lines = wrapped.lines();
        double ascent = p.ascent();
        for (int i = 0; i < lines.size(); i++) {
            double middle = b.y0() + RowGeometry.CARD_PADDING + (i + 0.5) * geometry.lineHeight();
            double baseline = middle + ascent / 2 - 1;
            String line = lines.get(i);
            double left = x + TEXT_LEFT;
            if (i == 0 && clock != null && line.startsWith(clock)) {
                // The time in bold, so a column of timed cards reads as a schedule.
                p.setFont(bold(wrapped.font()));
                p.fillText(clock, left, baseline, TextAnchor.START);
                left += p.textWidth(clock);
                p.setFont(wrapped.font());
                // The space as an offset, not a character: an SVG reader drops a text's leading space.
                left += p.textWidth(" ");
                line = line.substring(clock.length()).strip();
            }
            p.fillText(line, left, baseline, TextAnchor.START);
        }
    }
}
