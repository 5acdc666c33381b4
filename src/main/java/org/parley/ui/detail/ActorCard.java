package org.parley.ui.detail;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.parley.model.Actor;
import org.parley.model.ActorGroup;
import org.parley.model.CountText;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.seed.Printable;

import java.util.List;
import java.util.stream.Stream;

/**
 * What the Detail pane says of an actor chosen with no event of theirs to show (a reporter whom no event names, or one
 * whose events the filters hide): who they are, in the dataset's words, and why no event is shown. The pane had kept
 * saying "Select an event…", as if the click in the Actors tab had done nothing.
 */
final class ActorCard {

    /** Style class of the card. */
    static final String STYLE_CLASS = "detail-actor";

    private ActorCard() {
    }

    /** How many events name the actor, and how many of those the filters keep. Counted off the JavaFX thread. */
    record Counts(String actorId, int all, int shown) {

        static Counts of(Dataset ds, List<Event> visible, String actorId) {
            int all = (int) ds.events().stream().filter(e -> ds.involves(e, actorId)).count();
            int shown = all == 0 ? 0 : (int) visible.stream().filter(e -> ds.involves(e, actorId)).count();
            return new Counts(actorId, all, shown);
        }
    }

    /** The card for {@code actor}; {@code clearFilters} is offered when the filters hide every event of theirs. */
    static Node of(Actor actor, Counts counts, Runnable clearFilters) {
        String name = Printable.oneLine(actor.name().strip());
        VBox card = new VBox(6, DetailText.of(name, "detail-title"));
        String about = about(actor);
        if (!about.isEmpty()) {
            card.getChildren().add(DetailText.of(about, "detail-muted"));
        }
        if (!actor.note().isBlank()) {
            card.getChildren().add(DetailText.of(Printable.oneLine(actor.note().strip())));
        }
        card.getChildren().add(DetailText.of(why(name, counts), EMPTY_REASON));
        if (counts.all() > 0 && counts.shown() == 0) {
            Button clear = new Button("Clear filters");
            clear.setId("detail-actor-clear-filters");
            clear.setOnAction(e -> clearFilters.run());
            card.getChildren().add(clear);
        }
        card.getStyleClass().add(STYLE_CLASS);
        return card;
    }

    /** Style class of the line that says why no event is shown. */
    static final String EMPTY_REASON = "detail-actor-why";

    /** Why the pane shows no event of theirs. */
    static String why(String name, Counts counts) {
        if (counts.all() == 0) {
            return "No event of this dataset names " + name + ": the papers mention them, but the dataset places "
                    + "them at no event, as a participant or as a speaker.";
        }
        if (counts.shown() == 0) {
            return "The filters hide " + (counts.all() == 1 ? "the one event" : "all " + CountText.count(counts.all(), "event"))
                    + " that " + (counts.all() == 1 ? "names " : "name ") + name + ".";
        }
        return CountText.count(counts.shown(), "event") + " shown name " + name
                + ": select one on the timeline, the map or the table to read it here.";
    }

    /** "Photographer · AFP/Getty Images · Press": role, affiliation and camp, as the dataset gives them. */
    private static String about(Actor a) {
        String camp = a.group() == ActorGroup.OTHER ? "" : a.group().label();
        String affiliation = a.role().contains(a.affiliation()) ? "" : a.affiliation();
        return String.join(" · ", Stream.of(a.role(), affiliation, camp).map(String::strip)
                .filter(s -> !s.isEmpty()).map(Printable::oneLine).toList());
    }
}
