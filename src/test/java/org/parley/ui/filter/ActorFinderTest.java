package org.parley.ui.filter;

import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorGroup;
import org.parley.model.ActorKind;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ActorFinderTest {

    private static final Actor JASINA = new Actor("jasina", "Łukasz Jasina", List.of("Jasina"), ActorKind.PERSON,
            ActorGroup.OTHER, "", "", "");
    private static final Actor GRUSHKO = new Actor("grushko", "Alexander Grushko", List.of("Aleksandr V. Grushko"),
            ActorKind.PERSON, ActorGroup.OTHER, "", "", "");
    private static final Actor RUSSIA = new Actor("russia", "Russia", List.of(), ActorKind.STATE,
            ActorGroup.OTHER, "", "", "");

    private final ActorFinder finder = new ActorFinder(List.of(RUSSIA, JASINA, GRUSHKO));

    @Test
    void everyActorInLookUpOrderForNothingTyped() {
        assertEquals(List.of(GRUSHKO, JASINA, RUSSIA), finder.matching(""));
        assertEquals(List.of(GRUSHKO, JASINA, RUSSIA), finder.matching("  "));
    }

    @Test
    void anySpellingIgnoringCaseAndAccents() {
        assertEquals(List.of(JASINA), finder.matching("lukasz"));
        assertEquals(List.of(GRUSHKO), finder.matching("ALEKSANDR"));
        assertEquals(List.of(GRUSHKO, RUSSIA), finder.matching("us"));
        assertEquals(List.of(), finder.matching("zzq"));
    }
}
