package org.parley.ui.filter;

import org.parley.export.FilterNote;
import org.parley.model.Actor;
import org.parley.model.ActorGroup;
import org.parley.seed.Printable;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What the line under "Find an actor"'s list says when the list cannot show what was typed: the actors so named who
 * are in no event, and so not offered, in the dataset's own words about them ("Dixon is in no event (Reporter, The
 * Washington Post): nothing to filter by."), or that no actor is so named at all. "dixon" had left an empty list and
 * no word why, as if the search were broken: the week's ten reporters and photographer are in no event. The Actors
 * tab says the same of an actor chosen there who is in no event ({@link #of}).
 */
public final class NoEventNote {

    private NoEventNote() {
    }

    /**
     * The line for {@code typed}, given the actors the list shows for it and those in no event whose spellings hold it
     * (both in look-up order); empty while nothing is typed, or the list shows every actor so named.
     */
    static Optional<String> line(String typed, List<Actor> listed, List<Actor> inNoEvent) {
        String shown = typed == null ? "" : typed.strip();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        if (inNoEvent.isEmpty()) {
            return listed.isEmpty()
                    ? Optional.of("No actor\u2019s name or alias holds \u201C" + Printable.brief(shown) + "\u201D.")
                    : Optional.empty();
        }
        return Optional.of(of(inNoEvent));
    }

    /** "Dixon is in no event (Reporter, The Washington Post): nothing to filter by." for one or more such actors. */
    public static String of(List<Actor> inNoEvent) {
        List<String> named = inNoEvent.stream().map(a -> Printable.oneLine(a.name().strip())).toList();
        String names = FilterNote.together(named);
        String about = inNoEvent.size() == 1 ? described(inNoEvent.get(0)) : shared(inNoEvent);
        return names + (inNoEvent.size() == 1 ? " is" : " are") + " in no event"
                + (about.isEmpty() ? "" : " (" + about + ")") + ": nothing to filter by.";
    }

    /** "Reporter, The Washington Post": the actor's role and affiliation as the dataset gives them, else its camp. */
    private static String described(Actor a) {
        String said = String.join(", ", Stream.of(a.role(), a.affiliation()).map(String::strip)
                .filter(s -> !s.isEmpty()).map(Printable::oneLine).toList());
        return said.isEmpty() ? camp(a) : said;
    }

    /** What several actors all share: their affiliation, else their camp; nothing when they differ in both. */
    private static String shared(List<Actor> actors) {
        String affiliation = same(actors, a -> a.affiliation().strip());
        return affiliation.isEmpty() ? same(actors, NoEventNote::camp) : Printable.oneLine(affiliation);
    }

    /** The camp's name, but not "Other", which says nothing. */
    private static String camp(Actor a) {
        return a.group() == ActorGroup.OTHER ? "" : a.group().label();
    }

    private static String same(List<Actor> actors, Function<Actor, String> what) {
        String first = what.apply(actors.get(0));
        return actors.stream().allMatch(a -> what.apply(a).equals(first)) ? first : "";
    }
}
