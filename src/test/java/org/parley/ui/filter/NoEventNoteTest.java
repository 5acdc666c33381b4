package org.parley.ui.filter;

import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.ActorGroup;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The line under "Find an actor"'s list: what the dataset knows of the actors so named in no event, or that none is. */
class NoEventNoteTest {

    private static Actor actor(String name, ActorGroup group, String affiliation, String role) {
        return new Actor(name.toLowerCase(), name, List.of(), ActorKind.PERSON, group, affiliation, role, "");
    }

    private static final Actor DIXON = actor("Dixon", ActorGroup.PRESS, "The Washington Post", "Reporter");
    private static final Actor RYAN = actor("Ryan", ActorGroup.PRESS, "The Washington Post", "Reporter");
    private static final Actor SONNE = actor("Sonne", ActorGroup.PRESS, "The Washington Post", "Reporter");
    private static final Actor HUDSON = actor("John Hudson", ActorGroup.PRESS, "The Washington Post", "Contributor");
    private static final Actor CROWLEY = actor("Michael Crowley", ActorGroup.PRESS, "The New York Times", "Contributor");

    @Test
    void oneActorInNoEventIsNamedInTheDatasetsWords() {
        assertEquals(Optional.of("Dixon is in no event (Reporter, The Washington Post): nothing to filter by."),
                NoEventNote.line(" dixon ", List.of(), List.of(DIXON)));
    }

    @Test
    void severalAreNamedAFewAndCountedWithWhatTheyShare() {
        assertEquals(Optional.of("Dixon, Ryan, Sonne and 1 more are in no event (The Washington Post): nothing to filter by."),
                NoEventNote.line("n", List.of(), List.of(DIXON, RYAN, SONNE, HUDSON)));
        assertEquals(Optional.of("Dixon and Michael Crowley are in no event (Press): nothing to filter by."),
                NoEventNote.line("o", List.of(), List.of(DIXON, CROWLEY)));
    }

    @Test
    void anActorTheDatasetSaysNothingOfIsNamedAlone() {
        Actor bare = actor("Somebody", ActorGroup.OTHER, "", "");
        assertEquals(Optional.of("Somebody is in no event: nothing to filter by."),
                NoEventNote.line("some", List.of(), List.of(bare)));
        assertEquals(Optional.of("Somebody is in no event (Press): nothing to filter by."),
                NoEventNote.line("some", List.of(), List.of(actor("Somebody", ActorGroup.PRESS, " ", ""))));
    }

    @Test
    void nothingNamedSoAtAllIsSaid() {
        assertEquals(Optional.of("No actor\u2019s name or alias holds \u201Czzq\u201D."),
                NoEventNote.line(" zzq", List.of(), List.of()));
    }

    @Test
    void nothingIsSaidWhenTheListShowsEveryoneSoNamedOrNothingIsTyped() {
        assertEquals(Optional.empty(), NoEventNote.line("grush", List.of(DIXON), List.of()));
        assertEquals(Optional.empty(), NoEventNote.line("  ", List.of(), List.of(DIXON)));
    }
}
