package org.parley.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.cli.SyntheticDataAccess;
import org.parley.seed.BundledSeeds;

/** A menu of a thousand sources from four publishers must not read as four names repeated. */
class SourceNameTest {

    @Test
    void theWeeksTwoPapersAreNamedByTheirPublishers() {
        Dataset week = BundledSeeds.dataset();
        Set<String> names = new HashSet<>();
        week.sources().forEach(s -> names.add(week.sourceName(s.id())));
        assertEquals(Set.of("The Washington Post", "The New York Times"), names);
    }

    @Test
    void manySourcesOfOnePublisherAreToldApartByDateAndTitle() {
        Dataset many = SyntheticDataAccess.dataset(2_000);
        Set<String> names = new HashSet<>();
        for (Source s : many.sources()) {
            String name = many.sourceName(s.id());
            assertTrue(name.startsWith(s.publisher() + ", "), name);
            names.add(name);
        }
        assertEquals(many.sources().size(), names.size(), "every source has a name of its own");
        assertEquals("nope", many.sourceName("nope"));
    }
}
