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
import org.parley.render.map.ClusterText;
import org.parley.render.map.MapSceneBuilder;
import org.parley.render.map.MarkerCluster;
import org.parley.seed.CrowdedPlaces;

/** A slide has no key: where its map groups places, the panel's title says what a ringed number counts. */
class DashboardMapGroupsTest {

    private static DashboardFigure dashboard(Dataset data) {
        return dashboard(data, DashboardShape.values()[0]);
    }

    private static DashboardFigure dashboard(Dataset data, DashboardShape shape) {
        return DashboardFigure.of(Selection.of(data, ImageRequest.of(View.DASHBOARD, ImageFormat.PNG).resolvedFor(data)),
                Theme.LIGHT, shape);
    }

    @Test
    void theMapsPanelSaysWhatARingedNumberCountsOnlyWhereThereIsOne() {
        DashboardFigure week = dashboard(WeekData.seeds());
        assertEquals("", week.mapNote());

        DashboardFigure crowded = dashboard(CrowdedPlaces.aroundPrague(2, 3, 4, 5, 6, 7));
        // After the days of a stop its small map names without them ("Dates: Vienna 13 Jan · "), where there is one.
        assertTrue(crowded.mapNote().endsWith(DashboardFigure.GROUPS_NOTE), crowded.mapNote());
        TypeProbe probe = new TypeProbe((int) crowded.width(), (int) crowded.height());
        crowded.paint(probe);
        // On 16:9 the panel title has room for the stop's days or the groups note, not both: the days go first.
        assertTrue(probe.texts.stream().anyMatch(t -> t.text().startsWith("· Dates: ")
                || t.text().startsWith("· a ringed number counts places")),
                probe.texts.toString());
    }

    /** The note is read whole on every slide shape: on 16:9 it had read "…counts places too close to…". */
    @Test
    void theNoteIsDrawnWholeOnEveryShape() {
        Dataset crowded = CrowdedPlaces.aroundPrague(2, 3, 4, 5, 6, 7);
        for (DashboardShape shape : DashboardShape.values()) {
            DashboardFigure slide = dashboard(crowded, shape);
            TypeProbe probe = new TypeProbe((int) slide.width(), (int) slide.height());
            slide.paint(probe);
            String note = probe.texts.stream().map(TypeProbe.Text::text).filter(t -> t.startsWith("· "))
                    .findFirst().orElseThrow(() -> new AssertionError(shape + ": no note in " + probe.texts));
            String groups = note.substring(note.lastIndexOf("· ") + 2);
            // Where the small map leaves a stop's days unsaid they come first, and the groups note after them if it fits.
            assertTrue(DashboardFigure.GROUPS_NOTE_WORDINGS.contains(groups) || note.startsWith("· Dates: "),
                    shape + ": " + note);
        }
    }

    /**
     * The size key's largest circle stands for the busiest place: grouped, it is where its group is drawn and
     * the first the group names. Kept apart instead, its circle lay over its neighbours' group and hid its number.
     */
    @Test
    void aGroupIsDrawnOnItsBusiestPlace() {
        Dataset data = CrowdedPlaces.aroundPrague(40, 3, 4, 5, 6, 7);
        ProjectedBasemap basemap = ProjectedBasemap.europe();
        MapViewport europe = MapViewport.fit(LambertAzimuthalEqualArea.ETRS89_LAEA,
                LonLatBox.EUROPE.projectedBounds(LambertAzimuthalEqualArea.ETRS89_LAEA), 900, 600);
        MapScene scene = new MapSceneBuilder(basemap, europe, data).build();
        assertEquals(40, scene.busiest());
        assertEquals(1, scene.clusters().size());
        MarkerCluster group = scene.clusters().get(0);
        assertEquals(6, group.places());
        assertEquals("town-0", group.members().get(0).place().id());
        assertEquals(group.members().get(0).position(), group.position());
        assertTrue(ClusterText.describe(group).startsWith("6 places: Town 0 (40 events), "), ClusterText.describe(group));
        assertFalse(scene.markers().stream().anyMatch(m -> m.place().id().startsWith("town-")));
    }
}
