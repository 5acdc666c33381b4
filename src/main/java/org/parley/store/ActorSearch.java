package org.parley.store;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.Actor;

/**
 * Finds actors by what a person typed in the search box, by their name and the other names the
 * papers give them ("Aleksandr V. Grushko", "the Kremlin"). Actors are not in the full-text
 * index: their names are a few words each, held in memory, and matched the way the index matches
 * text ({@link FtsQuery#matches}).
 */
public final class ActorSearch {

    private ActorSearch() {
    }

    /** Those of {@code actors} whose names answer {@code userText}, in their order. */
    public static List<Actor> matching(List<Actor> actors, String userText) {
        if (FtsQuery.of(userText).isEmpty()) {
            return List.of();
        }
        var answers = FtsQuery.matcher(userText);
        return actors.stream().filter(a -> answers.test(names(a))).toList();
    }

    /**
     * Those of {@code actors} whose names hold at least one word {@code userText} looks for, and none it leaves out
     * with NOT: the people a search names, whose events it lists when the event's own words hold the rest of its
     * words ("Sherman Geneva"; decision 0158). Those {@link #matching} finds are among them.
     */
    public static List<Actor> named(List<Actor> actors, String userText) {
        var wanted = FtsQuery.wantedGroups(userText).stream().flatMap(List::stream).toList();
        var unwanted = FtsQuery.unwanted(userText);
        if (wanted.isEmpty()) {
            return List.of();
        }
        return actors.stream().filter(a -> {
            List<String> names = FtsQuery.wordsOf(names(a));
            return holdsAny(names, wanted) && !holdsAny(names, unwanted);
        }).toList();
    }

    private static boolean holdsAny(List<String> names, List<FtsQuery.Word> words) {
        return words.stream().anyMatch(w -> w.heldByWords().test(names));
    }

    /**
     * What a list shows under the actor's name: their role and the other names the papers use,
     * the words searched for marked in those names as the index marks them in its snippets.
     */
    public static String snippet(Actor a, String userText) {
        List<String> parts = new ArrayList<>();
        if (!a.role().isBlank()) {
            // The role is shown, not searched: its words stay unmarked.
            parts.add(a.role());
        }
        // Another name the same as the role (NATO's "Western military alliance") is said once.
        List<String> others = a.aliases().stream().filter(n -> !n.equalsIgnoreCase(a.role())).toList();
        if (!others.isEmpty()) {
            parts.add("also " + FtsQuery.marked(String.join(", ", others), userText));
        }
        if (parts.isEmpty() && !a.affiliation().isBlank() && !a.affiliation().equalsIgnoreCase(a.name())) {
            // Neither role nor other names ("U.S. officials"): whom the actor belongs to says who they are.
            parts.add(a.affiliation());
        }
        return String.join(" · ", parts);
    }

    /**
     * What a list shows under an event found through the people a search names, said as their taking part, not as
     * words of the event: "Wendy «Sherman» takes part: headed (the Post) or led (NYT) the U.S. delegation", or
     * "Alexander «Grushko» and Aleksandr V. «Fomin» take part". {@code found} are the actors the search matched.
     */
    public static String takingPart(TakingPart event, List<Actor> found, String userText) {
        List<Actor> in = found.stream().filter(a -> event.roles().containsKey(a.id())).toList();
        List<String> names = in.stream().map(a -> FtsQuery.marked(a.name(), userText)).toList();
        if (in.size() != 1) {
            String all = names.size() <= 1 ? String.join("", names)
                    : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
            return all + " take part";
        }
        String role = event.roles().get(in.get(0).id());
        if (role.isBlank()) {
            // Not listed among the participants, but quoted there: Dataset.involves counts them in.
            return names.get(0) + " is quoted there";
        }
        return names.get(0) + " takes part" + (role.equalsIgnoreCase(in.get(0).name()) ? "" : ": " + role);
    }

    /** An actor's name and other names, a line each: what a search's words are found in. */
    static String names(Actor a) {
        return a.name() + "\n" + String.join("\n", a.aliases());
    }
}
