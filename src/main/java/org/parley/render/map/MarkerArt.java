package org.parley.render.map;

import java.util.List;
import java.util.Set;
import org.parley.render.FontSpec;
import org.parley.render.Painter;
import org.parley.render.Rgba;
import org.parley.render.TextAnchor;
import org.parley.render.Theme;
import org.parley.render.label.Rect;

/**
 * Place circles, their selection and highlight rings, and the city labels. Venues and cities are
 * solid; countries and regions the events are about are hollow, since their point is only a
 * centroid.
 */
final class MarkerArt {

    /** The selection ring: this far outside its circle, this wide. */
    private static final double SELECTION_GAP = 5;
    private static final double SELECTION_WIDTH = 3;
    /** A highlight ring (where the selected actor acted). */
    private static final double HIGHLIGHT_GAP = 3;
    private static final double HIGHLIGHT_WIDTH = 2;
    /** A group's second ring, this far outside its circle. */
    static final double CLUSTER_RING_GAP = 3;

    private MarkerArt() {
    }

    /**
     * How far beyond its circle a marker's rings reach as drawn, the outer half of the stroke included;
     * 0 when it has none. Labels keep clear of this: kept only the circle's radius clear, "Brussels 12 Jan"
     * sat on the selection ring.
     */
    static double ringReach(PlaceMarker m, String selected, Set<String> highlighted) {
        String id = m.place().id();
        if (id.equals(selected)) {
            return SELECTION_GAP + SELECTION_WIDTH / 2;
        }
        return highlighted.contains(id) ? HIGHLIGHT_GAP + HIGHLIGHT_WIDTH / 2 : 0;
    }

    static void paintMarkers(Painter painter, List<PlaceMarker> markers, Theme theme) {
        Rgba ink = theme.text();
        painter.save();
        painter.setLineWidth(1.2);
        for (PlaceMarker m : markers) {
            double r = m.radius();
            double x = m.position().x() - r;
            double y = m.position().y() - r;
            if (m.isSite()) {
                painter.setFill(ink.withAlpha(0.72));
                painter.setStroke(theme.background());
            } else {
                painter.setFill(ink.withAlpha(0.10));
                painter.setStroke(ink.withAlpha(0.55));
            }
            painter.fillOval(x, y, 2 * r, 2 * r);
            painter.strokeOval(x, y, 2 * r, 2 * r);
        }
        painter.restore();
    }

    /**
     * A group of places as one circle ringed a second time, with how many places it holds on it: a
     * group must not read as one busy city.
     */
    static void paintClusters(Painter painter, List<MarkerCluster> clusters, Theme theme) {
        Rgba ink = theme.text();
        painter.save();
        for (MarkerCluster c : clusters) {
            double r = c.radius();
            double x = c.position().x();
            double y = c.position().y();
            painter.setFill(ink.withAlpha(0.72));
            painter.setStroke(theme.background());
            painter.setLineWidth(1.2);
            painter.fillOval(x - r, y - r, 2 * r, 2 * r);
            painter.strokeOval(x - r, y - r, 2 * r, 2 * r);
            painter.setStroke(ink.withAlpha(0.55));
            painter.setLineWidth(1.5);
            painter.strokeOval(x - r - CLUSTER_RING_GAP, y - r - CLUSTER_RING_GAP,
                    2 * (r + CLUSTER_RING_GAP), 2 * (r + CLUSTER_RING_GAP));
            String count = Integer.toString(c.places());
            painter.setFont(FontSpec.sansBold(count.length() > 2 ? 9 : 11));
            painter.setFill(theme.background());
            painter.fillText(count, x, y + painter.ascent() * 0.36, TextAnchor.MIDDLE);
        }
        painter.restore();
    }

    static void paintRings(Painter painter, List<PlaceMarker> markers, String selected, Set<String> highlighted,
            Theme theme) {
        painter.save();
        for (PlaceMarker m : markers) {
            String id = m.place().id();
            if (highlighted.contains(id)) {
                ring(painter, m, HIGHLIGHT_GAP, theme.highlight(), HIGHLIGHT_WIDTH);
            }
            if (id.equals(selected)) {
                ring(painter, m, SELECTION_GAP, theme.selection(), SELECTION_WIDTH);
            }
        }
        painter.restore();
    }

    private static void ring(Painter painter, PlaceMarker m, double gap, Rgba colour, double width) {
        double r = m.radius() + gap;
        painter.setStroke(colour);
        painter.setLineWidth(width);
        painter.strokeOval(m.position().x() - r, m.position().y() - r, 2 * r, 2 * r);
    }

    /** The labels {@link MapLabels} placed, each on a soft halo, with a leader line where it sits away from its mark. */
    static void paintLabels(Painter painter, List<MapLabel> labels, Theme theme) {
        painter.save();
        painter.setLineWidth(1);
        for (MapLabel label : labels) {
            if (label.leader()) {
                Rect b = label.box();
                double tx = Math.max(b.x(), Math.min(label.anchorX(), b.x() + b.w()));
                double ty = Math.max(b.y(), Math.min(label.anchorY(), b.y() + b.h()));
                // A stop's leader is what says whose name it is: drawn firmly enough to be seen on a projector.
                painter.setLineWidth(label.strong() ? 1.6 : 1);
                painter.setStroke(theme.text().withAlpha(label.strong() ? 0.85 : 0.6));
                double dx = tx - label.anchorX();
                double dy = ty - label.anchorY();
                double length = Math.hypot(dx, dy);
                double rim = length == 0 ? 0 : Math.min(label.anchorRadius(), length) / length;
                painter.strokeLine(label.anchorX() + dx * rim, label.anchorY() + dy * rim, tx, ty);
            }
        }
        for (MapLabel label : labels) {
            Rect b = label.box();
            // A soft halo keeps text readable over borders and shaded countries.
            painter.setFill(theme.background().withAlpha(0.72));
            painter.fillRoundRect(b.x(), b.y(), b.w(), b.h(), 4);
            painter.setFont(label.font());
            painter.setFill(label.strong() ? theme.text() : theme.text().withAlpha(0.85));
            double baseline = label.baseline();
            double lineStep = painter.ascent() + MapLabels.LINE_GAP;
            double textX = b.x() + 2;
            if (label.kind() == MapLabel.Kind.KEY) {
                // The outline's own dash, so the key reads as the legend of the dashed line in Ukraine.
                painter.save();
                painter.setStroke(theme.text().withAlpha(0.75));
                painter.setLineWidth(1.2);
                painter.setLineDash(4, 3);
                double y = baseline - painter.ascent() * 0.35;
                painter.strokeLine(textX, y, textX + CrimeaNote.SWATCH, y);
                painter.setLineDash();
                painter.restore();
                textX += CrimeaNote.SWATCH + CrimeaNote.SWATCH_GAP;
            }
            for (String line : MapLabel.lines(label.text())) {
                painter.fillText(line, textX, baseline, TextAnchor.START);
                baseline += lineStep;
            }
        }
        painter.restore();
    }
}
