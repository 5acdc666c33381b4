package org.parley.render.graph;

import org.parley.model.Actor;
import org.parley.model.ActorKind;

import java.util.Comparator;
import java.util.regex.Pattern;

/** Labels short enough for a crowded graph: surnames for people, acronyms for long organisation names. */
public final class ShortNames {

    private static final int LONG_NAME = 24;
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z.]{1,7}");

    private ShortNames() {
    }

    public static String of(Actor actor) {
        String name = actor.name().strip();
        if (actor.kind() == ActorKind.PERSON && isProperName(name)) {
            return name.substring(name.lastIndexOf(' ') + 1);
        }
        if (name.length() > LONG_NAME) {
            return actor.aliases().stream()
                    .filter(a -> ACRONYM.matcher(a).matches())
                    .min(Comparator.comparingInt(String::length))
                    .orElse(name);
        }
        return name;
    }

    // "European official" is a description, not a name: its last word alone would mislead.
    private static boolean isProperName(String name) {
        for (String word : name.split(" ")) {
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
        }
        return true;
    }
}
