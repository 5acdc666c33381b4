package org.parley.render.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parley.layout.map.ScreenPoint;
import org.parley.render.FontSpec;
import org.parley.render.Painter;
import org.parley.render.Rgba;
import org.parley.render.TextAnchor;
import org.parley.render.Theme;

/**
 * Place circles, their selection and highlight rings, and the city labels. Venues and cities are
 * solid; countries and regions the events are about are hollow, since their point is only a
 * centroid.
 */
final class MarkerArt {

    private static final FontSpec LABEL_FONT = FontSpec.sans(12);
    private static final FontSpec STOP_FONT = FontSpec.sansBold(12);

    private MarkerArt() {
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

    static void paintRings(Painter painter, List<PlaceMarker> markers, String selected, Set<String> highlighted,
            Theme theme) {
        painter.save();
        for (PlaceMarker m : markers) {
            String id = m.place().id();
            if (highlighted.contains(id)) {
                ring(painter, m, 3, theme.highlight(), 2);
            }
            if (id.equals(selected)) {
                ring(painter, m, 5, theme.selection(), 3);
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

    /** Route stop labels first (they tell the story), then the selected place, then cities by weight. */
    static void paintLabels(Painter painter, LabelPlacer placer, List<RouteStop> route, List<ScreenPoint> stops,
            List<PlaceMarker> markers, String selected, Theme theme) {
        painter.save();
        painter.setFont(STOP_FONT);
        for (int i = 0; i < route.size(); i++) {
            ScreenPoint p = stops.get(i);
            String text = route.get(i).name() + " " + route.get(i).dateLabel();
            label(painter, placer, text, p.x(), p.y(), RouteArt.BADGE_RADIUS, theme, true);
        }
        painter.setFont(LABEL_FONT);
        Set<String> onRoute = new HashSet<>();
        route.forEach(s -> onRoute.addAll(s.placeIds()));
        List<PlaceMarker> order = new ArrayList<>();
        markers.stream().filter(m -> m.place().id().equals(selected)).forEach(order::add);
        markers.stream()
                .filter(m -> m.isSite() && !onRoute.contains(m.place().id()) && !m.place().id().equals(selected))
                .sorted(Comparator.comparingInt(PlaceMarker::events).reversed())
                .forEach(order::add);
        for (PlaceMarker m : order) {
            if (onRoute.contains(m.place().id()) || nearStop(m, route)) {
                continue;
            }
            label(painter, placer, m.place().name(), m.position().x(), m.position().y(), m.radius(), theme,
                    m.place().id().equals(selected));
        }
        painter.restore();
    }

    // Brussels the city and NATO headquarters are one route stop; its badge already names the city.
    private static boolean nearStop(PlaceMarker m, List<RouteStop> route) {
        for (RouteStop stop : route) {
            if (Geo.kilometres(m.place().lon(), m.place().lat(), stop.lon(), stop.lat()) < WeekRoute.SAME_STOP_KM) {
                return true;
            }
        }
        return false;
    }

    private static void label(Painter painter, LabelPlacer placer, String text, double cx, double cy, double r,
            Theme theme, boolean strong) {
        double w = painter.textWidth(text);
        double h = painter.ascent() + 4;
        LabelPlacer.Box box = placer.place(LabelPlacer.around(cx, cy, r, w, h));
        if (box == null) {
            return;
        }
        double baseline = box.y() + h - 2;
        // A soft halo keeps text readable over borders and shaded countries.
        painter.setFill(theme.background().withAlpha(0.72));
        painter.fillRoundRect(box.x() - 2, box.y(), box.w() + 4, box.h(), 4);
        painter.setFill(strong ? theme.text() : theme.text().withAlpha(0.85));
        painter.fillText(text, box.x(), baseline, TextAnchor.START);
    }
}
