package org.parley.seed;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventKind;
import org.parley.model.Place;
import org.parley.model.PlaceKind;

/** The week with places crowded together, for the map's groups: towns a few km apart around Prague. */
public final class CrowdedPlaces {

    private CrowdedPlaces() {
    }

    /**
     * The week plus one town per count, "Town 0", "Town 1" … within about 20 km of Prague, each with that many
     * events during the talks. The events are statements: the towns are where things were said, not stops on
     * the talks' route, which would keep them apart.
     */
    public static Dataset aroundPrague(int... events) {
        Dataset week = BundledSeeds.dataset();
        Event model = week.events().stream().filter(e -> e.kind() == EventKind.STATEMENT && !e.place().isEmpty()
                && week.focus().orElseThrow().contains(e.time().start().toLocalDate())).findFirst().orElseThrow();
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
}
