package org.parley.render.graph;

import org.parley.model.Actor;
import org.parley.model.ActorOrder;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;

/** Labels short enough for a crowded graph: surnames for people, acronyms for long organisation names. */
public final class ShortNames {

    private static final int LONG_NAME = 24;
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z.]{1,7}");

    private ShortNames() {
    }

    public static String of(Actor actor) {
        Optional<String> surname = ActorOrder.surname(actor);
        if (surname.isPresent()) {
            return surname.get();
        }
        String name = actor.name().strip();
        if (name.length() > LONG_NAME) {
            return actor.aliases().stream()
                    .filter(a -> ACRONYM.matcher(a).matches())
                    .min(Comparator.comparingInt(String::length))
                    .orElse(name);
        }
        return name;
    }
}
