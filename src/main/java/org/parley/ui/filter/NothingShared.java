package org.parley.ui.filter;

import javafx.beans.Observable;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.parley.export.FilterNote;
import org.parley.model.CountText;
import org.parley.model.Dataset;
import org.parley.model.EventFilter;
import org.parley.seed.Printable;
import org.parley.ui.state.ExplorerState;

import java.util.Optional;
import java.util.Set;

/**
 * What the views say when the actors filtered all together share no event, where "Match any" would show some:
 * "Sergei A. Ryabkov and Wendy Sherman share no event. Matching any of them shows 12 events." The timeline, the
 * event table, the network and the map had said only "No events match the filters.", and nothing said which
 * filter emptied them nor how to have the actors' events back. One wording for every view and the status bar.
 */
public final class NothingShared {

    /** The link's words: the filter's other mode, as the Filters pane names it. */
    public static final String MATCH_ANY = "Match any of them";

    private NothingShared() {
    }

    /** The note, while the filter's actors all together keep no event and any of them would keep some; else empty. */
    public static Optional<String> note(ExplorerState state) {
        Dataset ds = state.dataset();
        EventFilter f = state.filterProperty().get();
        int matchingAny = state.keptMatchingAnyActorProperty().get();
        if (ds == null || !f.wantsAllActors() || matchingAny <= 0 || state.filterPendingProperty().get()
                || !state.visibleEventsProperty().get().isEmpty()) {
            return Optional.empty();
        }
        String names = FilterNote.together(FilterNote.actorNames(f.actors(), ds).stream().map(Printable::oneLine).toList());
        return Optional.of(names + " share no event" + (onlyActorsFiltered(f) ? "" : " the other filters keep")
                + ". Matching any of them shows " + CountText.count(matchingAny, "event") + ".");
    }

    private static boolean onlyActorsFiltered(EventFilter f) {
        return f.withActors(Set.of()).isEmpty();
    }

    /** A link that switches the filter to any of its actors, shown only while {@link #note} says something. */
    public static Hyperlink link(ExplorerState state, String id) {
        Hyperlink link = new Hyperlink(MATCH_ANY);
        link.setId(id);
        link.setOnAction(e -> state.matchAnyActor());
        link.managedProperty().bind(link.visibleProperty());
        whenNoteMayChange(state, () -> link.setVisible(note(state).isPresent()));
        return link;
    }

    /** Runs {@code sync} now and whenever what {@link #note} reads changes. */
    private static void whenNoteMayChange(ExplorerState state, Runnable sync) {
        for (Observable o : new Observable[] {state.visibleEventsProperty(),
                state.filterPendingProperty(), state.filterProperty(), state.keptMatchingAnyActorProperty(),
                state.datasetProperty()}) {
            o.addListener(x -> sync.run());
        }
        sync.run();
    }

    /**
     * The note and its link as one block, for a view drawn on a canvas (the actor network): laid over it,
     * wrapped to its width, shown only while {@link #note} says something. Drawn on the canvas, the note
     * had no link and ran past a side pane's edges on one line. Ids: {@code id} for the block, {@code id-note}
     * and {@code id-match-any} for its parts.
     */
    public static VBox notice(ExplorerState state, String id) {
        Label text = new Label();
        text.setId(id + "-note");
        text.getStyleClass().add("nothing-shared-note");
        text.setWrapText(true);
        text.setTextAlignment(TextAlignment.CENTER);
        VBox block = new VBox(4, text, link(state, id + "-match-any"));
        block.setId(id);
        block.setAlignment(Pos.CENTER);
        block.setPadding(new Insets(8));
        block.setPickOnBounds(false); // the view under it keeps its clicks, and its key focus on a press
        whenNoteMayChange(state, () -> {
            Optional<String> said = note(state);
            text.setText(said.orElse(""));
            block.setVisible(said.isPresent());
        });
        return block;
    }
}
