package org.parley.export.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.layout.map.LambertAzimuthalEqualArea;
import org.parley.layout.map.LonLatBox;
import org.parley.layout.map.MapViewport;
import org.parley.layout.map.ProjectedBasemap;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Place;
import org.parley.model.PlaceKind;
import org.parley.render.Theme;
import org.parley.render.map.MapScene;
import org.parley.render.map.MapSceneBuilder;

/** A slide has no key: where its map groups places, the panel's title says what a ringed number counts. */
class DashboardMapGroupsTest {

    /** The week plus six towns within about 20 km of Prague, with {@code events[i]} events each during the talks. */
    private static Dataset crowdAroundPrague(int... events) {
        Dataset week = WeekData.seeds();
        // A statement in the week: the towns are places things were said, not stops on the talks' route.
        Event model = week.events().stream().filter(e -> e.kind() == org.parley.model.EventKind.STATEMENT
                && !e.place().isEmpty() && week.focus().orElseThrow().contains(e.time().start().toLocalDate()))
                .findFirst().orElseThrow();
        List<Place> places = new ArrayList<>(week.places());
        List<Event> all = new ArrayList<>(week.events());
        for (int i = 0; i < events.length; i++) {
            String id = "town-" + i;
            places.add(new Place(id, "Town " + i, 50.08 + 0.1 * Math.sin(i), 14.43 + 0.15 * Math.cos(i), PlaceKind.CITY,
                    "203", ""));
            for (int k = 0; k < events[i]; k++) {
                all.add(new Event(id + "-" + k, model.title(), model.summary(), model.time(), 100 + 40 * i + k, id,
                        List.of(), model.kind(), model.cameo(), model.track(), model.actors(), model.evidence(), true,
                        "test fixture"));
            }
        }
        return new Dataset(week.title(), week.description(), week.sources(), week.actors(), places, all, week.quotes(),
                week.divergences(), week.positions());
    }

    private static DashboardFigure dashboard(Dataset data) {
        return DashboardFigure.of(Selection.of(data, ImageRequest.of(View.DASHBOARD, ImageFormat.PNG).resolvedFor(data)),
                Theme.LIGHT, DashboardShape.values()[0]);
    }

    @Test
    void theMapsPanelSaysWhatARingedNumberCountsOnlyWhereThereIsOne() {
        DashboardFigure week = dashboard(WeekData.seeds());
        assertEquals("", week.mapNote());

        DashboardFigure crowded = dashboard(crowdAroundPrague(2, 3, 4, 5, 6, 7));
        assertEquals(DashboardFigure.GROUPS_NOTE, crowded.mapNote());
        TypeProbe probe = new TypeProbe((int) crowded.width(), (int) crowded.height());
        crowded.paint(probe);
        assertTrue(probe.texts.stream().anyMatch(t -> t.text().startsWith("· a ringed number counts places")),
                probe.texts.toString());
    }

    /** The size key's largest circle stands for the busiest place: grouped, it was nowhere to be seen. */
    @Test
    void theBusiestPlaceIsNeverGrouped() {
        Dataset data = crowdAroundPrague(40, 3, 4, 5, 6, 7);
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
