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

    /** The title's lines in the card font, or in the largest smaller one that holds it whole; the font is left set. */
    private static List<String> wholeTitle(Painter p, String title, double width, int maxLines) {
        p.setFont(FONT);
        List<String> lines = TextWrap.lines(title, width, maxLines, p::textWidth);
        for (FontSpec smaller : SMALLER) {
            if (!cut(lines, title)) {
                return lines;
            }
            p.setFont(smaller);
            List<String> tried = TextWrap.lines(title, width, maxLines, p::textWidth);
            if (!cut(tried, title)) {
                return tried;
            }
        }
        p.setFont(FONT);
        return TextWrap.lines(title, width, maxLines, p::textWidth);
    }

    /**
     * The lines the longest of {@code events}' titles takes whole in a card {@code boxWidth} wide, in
     * the smallest type a card title takes, at most {@code most}: what a row of cards must hold so
     * that no title is cut where no tooltip can give the rest (on paper).
     */
    static int linesHoldingWhole(Painter p, List<Event> events, Function<String, String> notReporting, double boxWidth,
                                 int most) {
        p.setFont(SMALLER[SMALLER.length - 1]);
        int lines = 0;
        for (Event e : events) {
            double textWidth = boxWidth - 2 * INSET - TEXT_LEFT - TEXT_RIGHT - (e.inferred() ? InferredMark.WIDTH : 0);
            lines = Math.max(lines, TextWrap.lines(withNotReporting(e.title(), notReporting.apply(e.id())), textWidth,
                    most, p::textWidth).size());
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

    static void paint(Painter p, Theme theme, ItemBox b, Event e, String notReporting, boolean dimmed, double viewportWidth,
                      RowGeometry geometry) {
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
        List<String> lines = wholeTitle(p, withNotReporting(e.title(), notReporting), w - TEXT_LEFT - textRight,
                geometry.cardLines());
        double ascent = p.ascent();
        for (int i = 0; i < lines.size(); i++) {
            double middle = b.y0() + RowGeometry.CARD_PADDING + (i + 0.5) * geometry.lineHeight();
            p.fillText(lines.get(i), x + TEXT_LEFT, middle + ascent / 2 - 1, TextAnchor.START);
        }
    }
}
