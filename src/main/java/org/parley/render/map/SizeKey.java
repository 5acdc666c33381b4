package org.parley.render.map;

import java.util.ArrayList;
import java.util.List;
import org.parley.layout.TextWrap;
import org.parley.layout.map.MapViewport;
import org.parley.layout.map.OffscreenPlace;
import org.parley.layout.map.ScreenPoint;
import org.parley.model.CountText;
import org.parley.render.FontSpec;
import org.parley.render.Painter;
import org.parley.render.TextAnchor;
import org.parley.render.Theme;
import org.parley.render.label.Rect;

/**
 * What a circle's size means, with circles for one event, a middling count and the busiest place, so a reader can
 * put a number on any marker at a glance; under it, in its quiet type, the events shown that have no circle
 * (background events about "post-Soviet space"), so the counts a reader adds up on the map are not taken for all
 * the filter kept. Key and note go together into the first corner where they hide no mark ({@link KeyCorner}), in
 * the roomiest of three shapes that is clear somewhere: the note on one line; the note wrapped to the key's width;
 * the key without its middling circle and the note wrapped to that. A map pane 344 px wide (1920x1080 at twice the
 * scale) following Geneva had no corner clear of the one-line note, which lay over Brussels' circle.
 */
final class SizeKey {

    private static final FontSpec FONT = FontSpec.sans(10);
    private static final String CAPTION = "Events:";
    private static final double GAP = 4;
    private static final double ARROW_ROOM = 2.5 * MapLabels.ARROW_PX;

    private SizeKey() {
    }

    /** One way to draw the key: which circles, and the note's lines. */
    private record Shape(int[] counts, List<String> note, double keyW, double keyH, double noteW, double noteH) {
        double width() {
            return Math.max(keyW, noteW);
        }

        double height() {
            return note.isEmpty() ? keyH : keyH + GAP + noteH;
        }
    }

    /**
     * Paints the key under whatever of {@code above} stands in its column (the title, the legend) and over whatever
     * of {@code below} does (the scale bar, the credit), off {@code marks} and the edge {@code arrows}. Returns the
     * key's box and the note's, when there is one.
     */
    static List<Rect> paint(Painter painter, int maxEvents, String note, MapViewport viewport,
                            List<OffscreenPlace> arrows, List<Rect> above, List<Rect> below,
                            List<MapFurniture.WeightedRect> marks, Theme theme) {
        int mid = maxEvents >= 80 ? MapFurniture.roundDown(maxEvents / 4)
                : maxEvents >= 20 ? 10 : Math.max(2, maxEvents / 2);
        int[] counts = maxEvents > mid ? new int[] {1, mid, maxEvents} : maxEvents > 1 ? new int[] {1, maxEvents}
                : new int[] {1};
        painter.save();
        painter.setFont(FONT);
        String oneLine = note.isBlank() ? "" : painter.fitted(note, Math.max(40, viewport.width() - 28));
        List<Shape> shapes = new ArrayList<>();
        Shape full = shape(painter, maxEvents, counts, oneLine.isEmpty() ? List.of() : List.of(oneLine));
        shapes.add(full);
        if (!oneLine.isEmpty()) {
            shapes.add(shape(painter, maxEvents, counts, wrap(painter, note, full.keyW() - 12)));
        }
        if (counts.length == 3) {
            int[] ends = {counts[0], counts[2]};
            Shape bare = shape(painter, maxEvents, ends, List.of());
            shapes.add(shape(painter, maxEvents, ends, oneLine.isEmpty() ? List.of()
                    : wrap(painter, note, bare.keyW() - 12)));
        }
        List<Rect> arrowBoxes = new ArrayList<>();
        for (OffscreenPlace o : arrows) {
            ScreenPoint p = o.marker().position();
            arrowBoxes.add(Rect.around(p.x(), p.y(), ARROW_ROOM));
        }
        Shape chosen = full;
        KeyCorner.Placement at = null;
        for (Shape s : shapes) {
            KeyCorner.Placement p = KeyCorner.choose(s.width(), s.height(), viewport, above, below, marks, arrowBoxes);
            if (at == null || p.hidden() < at.hidden()) {
                chosen = s;
                at = p;
            }
            if (p.hidden() == 0) {
                break;
            }
        }
        List<Rect> boxes = draw(painter, chosen, at.box(), maxEvents, viewport, theme);
        painter.restore();
        return boxes;
    }

    private static Shape shape(Painter painter, int maxEvents, int[] counts, List<String> note) {
        double w = painter.textWidth(CAPTION) + 10;
        for (int c : counts) {
            w += 2 * MarkerSize.radius(c, maxEvents) + painter.textWidth(CountText.number(c)) + 12;
        }
        double h = 2 * MarkerSize.radius(counts[counts.length - 1], maxEvents) + 8;
        double noteW = 0;
        for (String line : note) {
            noteW = Math.max(noteW, painter.textWidth(line) + 12);
        }
        double noteH = note.isEmpty() ? 0 : note.size() * lineHeight(painter) + 8 - (lineHeight(painter)
                - painter.ascent());
        return new Shape(counts, note, w, h, noteW, noteH);
    }

    private static double lineHeight(Painter painter) {
        return painter.ascent() + 3;
    }

    /** The note's words in lines no wider than {@code room}, as every other wrapped text is broken. */
    private static List<String> wrap(Painter painter, String text, double room) {
        return TextWrap.lines(text, room, Integer.MAX_VALUE, painter::textWidth);
    }

    private static List<Rect> draw(Painter painter, Shape s, Rect block, int maxEvents, MapViewport viewport,
                                   Theme theme) {
        // Each box against the block's outer edge: on the right both line up with the map's right edge.
        boolean onRight = block.x() > viewport.width() / 2;
        double x = onRight ? block.x() + block.w() - s.keyW() : block.x();
        double top = block.y();
        painter.setFill(theme.background().withAlpha(0.8));
        painter.fillRoundRect(x, top, s.keyW(), s.keyH(), 6);
        double cy = top + s.keyH() / 2;
        double baseline = cy + painter.ascent() / 2;
        painter.setFill(theme.mutedText());
        painter.fillText(CAPTION, x + 6, baseline, TextAnchor.START);
        double at = x + 6 + painter.textWidth(CAPTION) + 6;
        painter.setLineWidth(1.2);
        for (int c : s.counts()) {
            double r = MarkerSize.radius(c, maxEvents);
            painter.setFill(theme.text().withAlpha(0.72));
            painter.fillOval(at, cy - r, 2 * r, 2 * r);
            painter.setFill(theme.text());
            painter.fillText(CountText.number(c), at + 2 * r + 3, baseline, TextAnchor.START);
            at += 2 * r + painter.textWidth(CountText.number(c)) + 12;
        }
        List<Rect> boxes = new ArrayList<>();
        boxes.add(new Rect(x, top, s.keyW(), s.keyH()));
        if (!s.note().isEmpty()) {
            double noteX = onRight ? block.x() + block.w() - s.noteW() : block.x();
            double noteY = top + s.keyH() + GAP;
            painter.setFill(theme.background().withAlpha(0.8));
            painter.fillRoundRect(noteX, noteY, s.noteW(), s.noteH(), 6);
            painter.setFill(theme.mutedText());
            for (int i = 0; i < s.note().size(); i++) {
                painter.fillText(s.note().get(i), noteX + 6, noteY + 4 + painter.ascent() + i * lineHeight(painter),
                        TextAnchor.START);
            }
            boxes.add(new Rect(noteX, noteY, s.noteW(), s.noteH()));
        }
        return boxes;
    }
}
