package org.parley.export.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.parley.layout.map.LambertAzimuthalEqualArea;
import org.parley.layout.map.LonLatBox;
import org.parley.layout.map.MapViewport;
import org.parley.layout.map.ProjectedBasemap;
import org.parley.model.Dataset;
import org.parley.render.Theme;
import org.parley.render.map.MapScene;
import org.parley.render.map.MapSceneBuilder;
import org.parley.seed.CrowdedPlaces;

/** A slide has no key: where its map groups places, the panel's title says what a ringed number counts. */
class DashboardMapGroupsTest {

    private static DashboardFigure dashboard(Dataset data) {
        return DashboardFigure.of(Selection.of(data, ImageRequest.of(View.DASHBOARD, ImageFormat.PNG).resolvedFor(data)),
                Theme.LIGHT, DashboardShape.values()[0]);
    }

    @Test
    void theMapsPanelSaysWhatARingedNumberCountsOnlyWhereThereIsOne() {
        DashboardFigure week = dashboard(WeekData.seeds());
        assertEquals("", week.mapNote());

        DashboardFigure crowded = dashboard(CrowdedPlaces.aroundPrague(2, 3, 4, 5, 6, 7));
        assertEquals(DashboardFigure.GROUPS_NOTE, crowded.mapNote());
        TypeProbe probe = new TypeProbe((int) crowded.width(), (int) crowded.height());
        crowded.paint(probe);
        assertTrue(probe.texts.stream().anyMatch(t -> t.text().startsWith("· a ringed number counts places")),
                probe.texts.toString());
    }

    /** The size key's largest circle stands for the busiest place: grouped, it was nowhere to be seen. */
    @Test
    void theBusiestPlaceIsNeverGrouped() {
        Dataset data = CrowdedPlaces.aroundPrague(40, 3, 4, 5, 6, 7);
        ProjectedBasemap basemap = ProjectedBasemap.europe();
        MapViewport europe = MapViewport.fit(LambertAzimuthalEqualArea.ETRS89_LAEA,
                LonLatBox.EUROPE.projectedBounds(LambertAzimuthalEqualArea.ETRS89_LAEA), 900, 600);
        MapScene scene = new MapSceneBuilder(basemap, europe, data).build();
        assertEquals(40, scene.busiest());
        assertTrue(scene.markers().stream().anyMatch(m -> m.place().id().equals("town-0")), "drawn for itself");
        assertEquals(1, scene.clusters().size());
        assertFalse(scene.clusters().get(0).members().stream().anyMatch(m -> m.place().id().equals("town-0")));
        assertEquals(5, scene.clusters().get(0).places());
    }
}
