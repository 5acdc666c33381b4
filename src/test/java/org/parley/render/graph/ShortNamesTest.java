package org.parley.render.graph;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ShortNamesTest {

    @Test
    void peopleGoBySurname() throws Exception {
        assertEquals("Grushko", ShortNames.of(Seeds.dataset().actor("grushko").orElseThrow()));
        assertEquals("Ryabkov", ShortNames.of(Seeds.dataset().actor("ryabkov").orElseThrow()));
    }

    @Test
    void descriptionsStayWhole() throws Exception {
        assertEquals("European official", ShortNames.of(Seeds.dataset().actor("european-official").orElseThrow()));
        assertEquals("NATO allies", ShortNames.of(Seeds.dataset().actor("nato-allies").orElseThrow()));
    }

    @Test
    void longOrganisationNamesUseTheirAcronym() throws Exception {
        assertEquals("OSCE", ShortNames.of(Seeds.dataset().actor("osce").orElseThrow()));
    }
}
