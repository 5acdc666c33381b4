package org.parley.render.graph;

import org.junit.jupiter.api.Test;
import org.parley.seed.BundledSeeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ShortNamesTest {

    @Test
    void peopleGoBySurname() throws Exception {
        assertEquals("Grushko", ShortNames.of(BundledSeeds.dataset().actor("grushko").orElseThrow()));
        assertEquals("Ryabkov", ShortNames.of(BundledSeeds.dataset().actor("ryabkov").orElseThrow()));
    }

    @Test
    void descriptionsStayWhole() throws Exception {
        assertEquals("European official", ShortNames.of(BundledSeeds.dataset().actor("european-official").orElseThrow()));
        assertEquals("NATO allies", ShortNames.of(BundledSeeds.dataset().actor("nato-allies").orElseThrow()));
    }

    @Test
    void longOrganisationNamesUseTheirAcronym() throws Exception {
        assertEquals("OSCE", ShortNames.of(BundledSeeds.dataset().actor("osce").orElseThrow()));
    }
}
