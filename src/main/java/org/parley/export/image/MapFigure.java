package org.parley.export.image;

import org.parley.layout.map.LonLatBox;
import org.parley.layout.map.MapViewport;
import org.parley.layout.map.ProjectedBasemap;
import org.parley.render.Painter;
import org.parley.render.Theme;
import org.parley.render.map.MapPainter;
import org.parley.render.map.MapScene;
import org.parley.render.map.MapSceneBuilder;

/** The map of Europe with the places of the selected events, the week's route and the map key. */
record MapFigure(MapScene scene, Theme theme) implements Picture {

    private static final double MARGIN_PX = 24;

    static MapFigure of(Selection sel, double width, double height, String title, Theme theme) {
        ProjectedBasemap basemap = ProjectedBasemap.europe();
        MapViewport viewport = MapViewport.fit(basemap.projection(),
                LonLatBox.EUROPE.projectedBounds(basemap.projection()), width, height, MARGIN_PX);
        MapScene scene = new MapSceneBuilder(basemap, viewport, sel.data())
                .visibleEvents(sel.events())
                .selectedEvent(sel.selectedEvent())
                .title(title)
                .legend(true)
                .build();
        return new MapFigure(scene, theme);
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
