package org.parley.export.image;

import java.util.Optional;
import org.parley.layout.map.LonLatBox;
import org.parley.layout.map.MapViewport;
import org.parley.layout.map.ProjectedBasemap;
import org.parley.model.Event;
import org.parley.model.Place;
import org.parley.render.Painter;
import org.parley.render.Theme;
import org.parley.render.awt.Java2DPainter;
import org.parley.render.map.MapData;
import org.parley.render.map.MapPainter;
import org.parley.render.map.MapScene;
import org.parley.render.map.MapSceneBuilder;
import org.parley.render.map.RouteStop;
import org.parley.render.map.UnnamedMarks;

/** The map of Europe with the places of the selected events, the week's route and the map key. */
record MapFigure(MapScene scene, Theme theme) implements Picture {

    private static final double MARGIN_PX = 24;
    // Around a venue on a slide: room for its name and its neighbours.
    private static final double CITY_HALF_LON = 6;
    private static final double CITY_HALF_LAT = 3.5;

    static MapFigure of(Selection sel, double width, double height, String title, Theme theme) {
        ProjectedBasemap basemap = ProjectedBasemap.europe();
        MapViewport viewport = MapViewport.fit(basemap.projection(),
                LonLatBox.EUROPE.projectedBounds(basemap.projection()), width, height, MARGIN_PX);
        MapScene scene = new MapSceneBuilder(basemap, viewport, sel.data())
                // The route as the map panel draws it: through the stops whose meetings the filter keeps.
                .data(MapData.ofFilter(sel.data(), sel.events()))
                .selectedEvent(sel.selectedEvent())
                .title(title)
                .legend(true)
                // What a circle's size counts, as on screen: the key's "size: events" gave no number.
                .sizeKey(true)
                .build();
        return new MapFigure(scene, theme);
    }

    /**
     * The map for a slide: framed around the venues of the selected events and the stops of the
     * week's route, which is drawn whatever the filter (Europe when none is on it), and without the
     * key box, which at a slide's type size would cover the places it explains. The basemap's credit
     * is the slide's to give, in its own credit line.
     */
    static MapFigure slide(Selection sel, double width, double height, String title, Theme theme) {
        ProjectedBasemap basemap = ProjectedBasemap.europe();
        MapData aggregates = MapData.of(sel.data(), sel.events());
        LonLatBox frame = null;
        for (Event e : sel.events()) {
            Optional<Place> venue = sel.data().place(e.place());
            if (venue.isPresent()) {
                frame = around(frame, venue.get().lon(), venue.get().lat());
            }
        }
        for (RouteStop stop : aggregates.route()) {
            frame = around(frame, stop.lon(), stop.lat());
        }
        LonLatBox box = frame == null ? LonLatBox.EUROPE : frame;
        MapViewport viewport = MapViewport.fit(basemap.projection(), box.projectedBounds(basemap.projection()),
                width, height, MARGIN_PX / 3);
        MapScene scene = new MapSceneBuilder(basemap, viewport, sel.data())
                .data(aggregates)
                .selectedEvent(sel.selectedEvent())
                .title(title)
                .legend(false)
                .creditElsewhere()
                .build();
        return new MapFigure(scene, theme);
    }

    /** {@code frame} widened to hold the city at lon/lat with room for its name; places off Europe's map are left out. */
    private static LonLatBox around(LonLatBox frame, double lon, double lat) {
        if (!LonLatBox.EUROPE.contains(lon, lat)) {
            return frame;
        }
        LonLatBox city = new LonLatBox(lon - CITY_HALF_LON, lat - CITY_HALF_LAT, lon + CITY_HALF_LON, lat + CITY_HALF_LAT);
        return frame == null ? city : new LonLatBox(Math.min(frame.west(), city.west()), Math.min(frame.south(), city.south()),
                Math.max(frame.east(), city.east()), Math.max(frame.north(), city.north()));
    }

    /**
     * What this map, drawn at its size, names without saying it (a route stop without its days, a circle unnamed), found
     * by letting the labeller place its names on a painter that draws nowhere: a slide says it beside the map instead.
     */
    UnnamedMarks unsaid() {
        MapPainter painter = new MapPainter();
        painter.paintOverlay(Java2DPainter.measuring(), scene, theme);
        return painter.lastUnnamed();
    }

    @Override
    public double width() {
        return scene.viewport().width();
    }

    @Override
    public double height() {
        return scene.viewport().height();
    }

    @Override
    public void paint(Painter painter) {
        new MapPainter().paint(painter, scene, theme);
    }
}
