package org.parley.export.image;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.parley.model.Event;
import org.parley.model.EventKind;
import org.parley.render.FontSpec;
import org.parley.render.Painter;
import org.parley.render.TextAnchor;
import org.parley.render.Theme;
import org.parley.render.awt.Java2DPainter;

/**
 * The key under a slide's rows of periods: each drawn kind's mark ({@link KindMarks}) and its name, at slide
 * type, wrapped over as many lines as it needs. The rows give every event a dot in its kind's colour,
 * most of a busy day's only as a dot after "+ 27 more"; without a key a class could count them but not
 * tell a meeting from a reaction. Only the kinds drawn are named, in the enum's order, as the
 * timeline's key does.
 *
 * @param lines the kinds on each line, in order
 */
record KindKey(List<List<EventKind>> lines, Theme theme, double width, double type) implements Picture {

    /** The rows' line height: the key takes whole lines of the rows' room, so the panels below keep theirs. */
    private static final double LINE = 1.22;

    /** The key to {@code events}' kinds across {@code width}; no line at all when there is none. */
    static KindKey of(List<Event> events, Theme theme, double width, double type) {
        Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
        events.forEach(e -> kinds.add(e.kind()));
        Painter measuring = Java2DPainter.measuring();
        measuring.setFont(FontSpec.sans(type));
        List<List<EventKind>> lines = new ArrayList<>();
        List<EventKind> line = new ArrayList<>();
        double x = 0;
        double room = width - 2 * left(type);
        for (EventKind k : kinds) {
            double entry = head(type) + measuring.textWidth(k.label());
            double gap = line.isEmpty() ? 0 : gap(type);
            if (!line.isEmpty() && x + gap + entry > room) {
                lines.add(line);
                line = new ArrayList<>();
                x = 0;
                gap = 0;
            }
            line.add(k);
            x += gap + entry;
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return new KindKey(List.copyOf(lines), theme, width, type);
    }

    /** A dot as large as the rows' and the space after it. */
    private static double head(double type) {
        return type * 0.5 + type * 0.3;
    }

    private static double gap(double type) {
        return type * 1.2;
    }

    private static double left(double type) {
        return type * 0.5;
    }

    @Override
    public double height() {
        return lines.size() * type * LINE;
    }

    @Override
    public void paint(Painter p) {
        if (lines.isEmpty()) {
            return;
        }
        p.save();
        p.setFill(theme.background());
        p.fillRect(0, 0, width, height());
        p.setFont(FontSpec.sans(type));
        for (int i = 0; i < lines.size(); i++) {
            double baseline = i * type * LINE + (type * LINE - type) / 2 + type * 0.8;
            double x = left(type);
            for (EventKind k : lines.get(i)) {
                KindMarks.paint(p, theme, k, x + type * KindMarks.DOT / 2, baseline - type * 0.36, type);
                x += head(type);
                p.setFill(theme.text());
                p.fillText(k.label(), x, baseline, TextAnchor.START);
                x += p.textWidth(k.label()) + gap(type);
            }
        }
        p.restore();
    }
}
