package org.parley.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ActorOrderTest {

    private static Actor actor(String name, ActorKind kind) {
        return new Actor(name.toLowerCase().replace(' ', '-'), name, List.of(), kind, ActorGroup.OTHER, "", "", "");
    }

    @Test
    void peopleByTheirSurnameTheRestByNameWithoutTheArticle() {
        List<String> sorted = Stream.of(
                        actor("Aleksandr V. Fomin", ActorKind.PERSON),
                        actor("Anatoly Antonov", ActorKind.PERSON),
                        actor("the West", ActorKind.ORGANIZATION),
                        actor("unnamed officials", ActorKind.ORGANIZATION),
                        actor("European official", ActorKind.PERSON),
                        actor("Łukasz Jasina", ActorKind.PERSON),
                        actor("Jens Stoltenberg", ActorKind.PERSON),
                        actor("Kaja Kallas", ActorKind.PERSON),
                        actor("NATO", ActorKind.ORGANIZATION))
                .sorted(ActorOrder.LOOK_UP).map(Actor::name).toList();
        assertEquals(List.of("Anatoly Antonov", "European official", "Aleksandr V. Fomin", "Łukasz Jasina",
                "Kaja Kallas", "NATO", "Jens Stoltenberg", "unnamed officials", "the West"), sorted);
    }

    @Test
    void aDescriptionOrANumberedNameHasNoSurname() {
        assertEquals("Fomin", ActorOrder.surname(actor("Aleksandr V. Fomin", ActorKind.PERSON)).orElseThrow());
        assertEquals(true, ActorOrder.surname(actor("European official", ActorKind.PERSON)).isEmpty());
        assertEquals(true, ActorOrder.surname(actor("Anna Adler 0", ActorKind.PERSON)).isEmpty());
        assertEquals(true, ActorOrder.surname(actor("Russia", ActorKind.STATE)).isEmpty());
    }
}
