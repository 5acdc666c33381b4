package org.parley.ui.present;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.parley.export.handout.ContextPlacement;
import org.parley.model.CountText;
import org.parley.ui.support.DialogKeys;
import org.parley.ui.support.DialogWidth;

/**
 * The question before a presentation: all events, the filtered ones, or a handout; where the
 * background goes; whether quotations wait for a click. Enter starts (the default button: the
 * filtered events when a filter leaves some out, else all) from
 * wherever the focus is, and so do a clicker's forward key (Page Down) and its F5; Space ticks the
 * focused box, Esc cancels.
 */
final class PresentDialog {

    /** What the teacher chose. */
    enum Choice { ALL, FILTERED, HANDOUT }

    private final Alert alert = new Alert(Alert.AlertType.NONE);
    private final ButtonType everything;
    private final ButtonType filtered;
    private final ButtonType handout;
    private final ButtonType startButton;
    private final ComboBox<ContextPlacement> context = new ComboBox<>();
    private final CheckBox reveal = new CheckBox("Reveal each quotation on the next click");
    private final CheckBox fromSelected;
    /** Where the presentation of every event opens when the box is ticked, or null: none has the offer. */
    private final String allStart;
    /** The same for the presentation of the filtered events. */
    private final String filteredStart;

    /**
     * @param all     how many events the dataset has
     * @param visible how many pass the filters; "the filtered events" is offered when that is some, not all
     */
    PresentDialog(Window owner, int all, int visible) {
        this(owner, all, visible, null, null, false, false, PresentationOptions.DEFAULT);
    }

    /**
     * @param selectedId    the event selected in the explorer, or null: the presentation may open at it
     * @param selectedTitle its title, to name it
     * @param leftThere     whether the last presentation was left at that event: then starting there is ticked
     * @param last          what the teacher chose last time, offered again
     */
    /**
     * @param leftThere  whether {@code selectedId} is where the last presentation was left
     * @param resume     whether to tick going on from there: only for a presentation left in this
     *                   session, of the same events the dialog offers first
     */
    PresentDialog(Window owner, int all, int visible, String selectedId, String selectedTitle, boolean leftThere,
                  boolean resume, PresentationOptions last) {
        this(owner, all, visible, selectedId, selectedTitle, leftThere, resume, last, true);
    }

    /**
     * @param board whether the dataset has positions, so that the deck ends on their board: a
     *              dataset of none (a generated one, say) has no board to promise
     */
    PresentDialog(Window owner, int all, int visible, String selectedId, String selectedTitle, boolean leftThere,
                  boolean resume, PresentationOptions last, boolean board) {
        this(owner, all, visible, selectedId == null ? null : new StartOffer(selectedId, selectedTitle, false, false),
                leftThere, resume, last, board);
    }

    /**
     * @param offer where the presentation may open instead of step 1: the selected event's step, the
     *              slide that gathers it, or where the last one was left; null for none
     */
    PresentDialog(Window owner, int all, int visible, StartOffer offer, boolean leftThere,
                  boolean resume, PresentationOptions last, boolean board) {
        this(owner, all, visible, offer, offer, leftThere, resume, last, board);
    }

    /**
     * @param offer         where the presentation of every event may open instead of step 1, or null
     * @param filteredOffer the same in the deck of the filtered events, or null when that deck has no
     *                      such step (the filters hide the selected event): each button opens its own
     *                      deck at its own step, and the box says which deck has none
     */
    PresentDialog(Window owner, int all, int visible, StartOffer offer, StartOffer filteredOffer, boolean leftThere,
                  boolean resume, PresentationOptions last, boolean board) {
        this(owner, all, visible, offer, filteredOffer, leftThere, resume, last, board, null);
    }

    /**
     * @param decks what each deck holds and which filters chose the filtered one, so the dialog says
     *              what each button will show; null when not known (the order is then told in general)
     */
    PresentDialog(Window owner, int all, int visible, StartOffer offer, StartOffer filteredOffer, boolean leftThere,
                  boolean resume, PresentationOptions last, boolean board, Decks decks) {
        // Each choice has its Alt key (underlined), so the dialog is answered from the keyboard alone.
        boolean canFilter = visible > 0 && visible < all;
        this.allStart = offer == null ? null : offer.place();
        this.filteredStart = filteredOffer == null ? null : filteredOffer.place();
        // The offer of the deck Enter starts, else of the other one, which the box then names.
        StartOffer first = canFilter ? filteredOffer : offer;
        StartOffer shown = first != null ? first : canFilter ? offer : null;
        String selectedId = shown == null ? null : shown.place();
        String selectedTitle = shown == null ? null : shown.title();
        // The button Enter answers with is the platform's OK, so it stands where OK stands in every other
        // dialog (right of Cancel on Linux): as YES and NO, the start buttons stood left of Cancel, and the
        // button at the right, where a teacher looks for "go", was Cancel.
        everything = new ButtonType("_All " + CountText.count(all, "event"),
                canFilter ? ButtonBar.ButtonData.YES : ButtonBar.ButtonData.OK_DONE);
        filtered = new ButtonType("The " + CountText.number(visible) + " _filtered " + CountText.plural(visible, "event"),
                ButtonBar.ButtonData.OK_DONE);
        handout = new ButtonType("_Handout\u2026", ButtonBar.ButtonData.OTHER);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle("Present");
        alert.setHeaderText("Present the story in full screen");
        String keys = " Arrows, Space or a clicker step through; type a number and Enter to jump; B blanks "
                + "the screen; A plays automatically; F1 lists the keys; Esc leaves."
                + (board ? " After the last step comes the positions board, the last step, where Esc leaves too; P shows "
                        + "it at any step, and then P, Esc or paging on past its end puts it away." : "");
        Label help = new Label();
        help.setId("presentation-help");
        help.setWrapText(true);
        context.getItems().setAll(ContextPlacement.values());
        // The order told is the one the background's choice makes, not always "after".
        help.textProperty().bind(Bindings.createStringBinding(
                () -> (decks == null ? order(context.getValue())
                        : canFilter ? filteredOrder(context.getValue(), visible, all, decks)
                        : order(context.getValue(), decks.all())) + keys, context.valueProperty()));
        context.setValue(last.context());
        reveal.setSelected(last.reveal());
        // Where the class left off (each step selects its event) is ticked when it was left in this
        // session, so leaving and pressing F5 again goes on from there. Left in an earlier session, or
        // in a filtered show when all events are offered first, it is offered unticked: Enter in front
        // of a class starts at step 1. So is an event clicked in the explorer since.
        String startWords = selectedId == null ? ""
                : (leftThere ? "Go on from where the last presentation was left: \u201C"
                        : shown.gathered() ? "Start at the slide that gathers the selected event: \u201C"
                        : "Start at the selected event: \u201C") + innerQuotes(selectedTitle) + "\u201D"
                // The filtered show has no such step: ticked, Enter would have opened it at step 1 without a word.
                + (shown != null && shown != first ? " \u2014 only when presenting all " + CountText.count(all, "event")
                        + ": the filters leave it out" : "")
                + (canFilter && first != null && offer == null ? " \u2014 in the filtered events only" : "");
        fromSelected = new CheckBox(startWords);
        fromSelected.setId("presentation-from-selected");
        fromSelected.setWrapText(true);
        fromSelected.setSelected(selectedId != null && shown == first && leftThere && resume);
        fromSelected.setVisible(selectedId != null);
        fromSelected.setManaged(selectedId != null);
        if (shown != null && shown.background()) {
            // The background left out, its slide is not in the deck: said, and greyed, rather than a
            // box that ticked would start at step 1 all the same.
            ChangeListener<ContextPlacement> leftOut = (o, was, now) -> {
                boolean out = now == ContextPlacement.NONE;
                fromSelected.setDisable(out);
                fromSelected.setText(out ? startWords + " \u2014 not while the background is left out" : startWords);
                if (out) {
                    fromSelected.setSelected(false);
                }
            };
            context.valueProperty().addListener(leftOut);
            leftOut.changed(context.valueProperty(), null, last.context());
        }
        context.setId("presentation-context");
        // No Alt key here: JavaFX's mnemonic sends a check box an action without ticking it.
        reveal.setId("presentation-reveal");
        // The choice under its label, full width, so neither is cut to "how we got ...".
        context.setMaxWidth(Double.MAX_VALUE);
        // Which filters chose "the filtered events", in the words every slide will say: the teacher
        // checks them here, before the class sees the first slide.
        Label filters = new Label(canFilter && decks != null && decks.filterNote() != null ? decks.filterNote() : "");
        filters.setId("presentation-filters");
        filters.setWrapText(true);
        filters.setStyle("-fx-font-weight: bold;");
        filters.setVisible(!filters.getText().isEmpty());
        filters.setManaged(filters.isVisible());
        VBox content = new VBox(10, filters, help, new VBox(4, new Label("Background (how we got here):"), context), reveal,
                fromSelected);
        content.setPrefWidth(520);
        alert.getDialogPane().setContent(content);
        // Past the theme's 600 px: held to it, the four buttons of a filtered show shrank to "The 52 filter…", and the
        // pane's height, measured at its wider preferred width, cut the keys' last line to "…where Esc leaves …".
        DialogWidth.asContentAsks(alert.getDialogPane());
        alert.getDialogPane().setId("presentation-start");
        alert.getButtonTypes().setAll(canFilter ? List.of(everything, filtered, handout, ButtonType.CANCEL)
                : List.of(everything, handout, ButtonType.CANCEL));
        // A teacher who filtered before class filtered for the class: the filtered events are the
        // answer Enter and the clicker give, as the handout and the image exports offer them first.
        startButton = canFilter ? filtered : everything;
        DialogKeys.defaultTo(alert, startButton);
        // A focused check box would take Enter for itself (JavaFX ticks it, like Space), and the
        // teacher who ticked "reveal" and pressed Enter to start would only untick it. Enter starts,
        // and so do a clicker's forward key (Page Down) and its "present" key (F5): it has no Enter.
        DialogKeys.enterFires(alert.getDialogPane(), defaultButton(), Set.of(KeyCode.PAGE_DOWN, KeyCode.F5),
                context::isShowing);
    }

    Button defaultButton() {
        return (Button) alert.getDialogPane().lookupButton(startButton);
    }

    Alert alert() {
        return alert;
    }

    CheckBox revealBox() {
        return reveal;
    }

    /** Waits for the answer; empty when cancelled or closed. */
    Optional<Choice> ask() {
        return alert.showAndWait().flatMap(this::choice);
    }

    /** The choice a dialog result stands for; empty for Cancel. */
    Optional<Choice> choice(ButtonType button) {
        if (button == everything) {
            return Optional.of(Choice.ALL);
        } else if (button == filtered) {
            return Optional.of(Choice.FILTERED);
        } else if (button == handout) {
            return Optional.of(Choice.HANDOUT);
        }
        return Optional.empty();
    }

    /** The options of the choice Enter makes. */
    PresentationOptions options() {
        return options(startButton == filtered ? Choice.FILTERED : Choice.ALL);
    }

    /** The options of {@code choice}: the step it opens at is the one of its own deck. */
    PresentationOptions options(Choice choice) {
        String start = choice == Choice.FILTERED ? filteredStart : allStart;
        return new PresentationOptions(context.getValue(), reveal.isSelected(),
                fromSelected.isSelected() && !fromSelected.isDisabled() ? start : null);
    }

    CheckBox fromSelectedBox() {
        return fromSelected;
    }

    /** A title's own quotation marks, single within the dialog's double ones: it had read “… "plenty to work on"”. */
    static String innerQuotes(String title) {
        return title == null ? "" : title.replaceAll("\"([^\"]*)\"", "\u2018$1\u2019");
    }

    /**
     * What the dialog knows of its decks once they are counted: each one's parts, and the filters
     * that chose the filtered one in the slides' words ("Filtered: actor Jens Stoltenberg"), or null.
     */
    record Decks(DeckContents all, DeckContents filtered, String filterNote) {
    }

    /**
     * The filtered deck's order, which Enter starts, and what the deck of every event adds to it:
     * a teacher who filtered to Stoltenberg reads that the background is not among his events.
     */
    static String filteredOrder(ContextPlacement placement, int visible, int all, Decks decks) {
        String said = "The " + CountText.number(visible) + " filtered " + CountText.plural(visible, "event") + ": "
                + lowerFirst(order(placement, decks.filtered()));
        List<String> more = new ArrayList<>();
        if (decks.filtered().background() == 0 && decks.all().background() > 0 && placement != ContextPlacement.NONE) {
            more.add("the background");
        }
        if (decks.filtered().next() == 0 && decks.all().next() > 0) {
            more.add("what comes next");
        }
        return said + (more.isEmpty() ? "" : " All " + CountText.count(all, "event") + " add " + String.join(" and ", more)
                + ".");
    }

    /** The order of a deck of {@code deck}'s parts in words, as the background's placement makes it. */
    static String order(ContextPlacement placement, DeckContents deck) {
        ContextPlacement at = placement == null ? ContextPlacement.LAST : placement;
        String background = deck.background() == 0 ? null : "the background, gathered on "
                + (deck.backgroundSlides() == 1 ? "a slide" : CountText.count(deck.backgroundSlides(), "slide")) + " of its own";
        String story = deck.story() == 0 ? null
                : "the focus period, one event a slide (" + CountText.count(deck.story(), "slide") + ")";
        String next = deck.next() == 0 ? null : "what comes next, on a slide of its own";
        List<String> parts = new ArrayList<>();
        if (at == ContextPlacement.FIRST && background != null) {
            parts.add(background);
        }
        if (story != null) {
            parts.add(story);
        }
        if (at == ContextPlacement.LAST && background != null) {
            parts.add(background);
        }
        if (next != null) {
            parts.add(next);
        }
        if (parts.isEmpty()) {
            // As Steps tells it: a deck of background alone, left out, would show nothing.
            return "Only background, one event a slide: left out, it would leave nothing to show.";
        }
        List<String> none = new ArrayList<>();
        if (deck.background() == 0) {
            none.add("no background");
        }
        if (deck.next() == 0) {
            none.add("nothing of what comes next");
        }
        String said = Character.toUpperCase(parts.get(0).charAt(0)) + String.join("; then ", parts).substring(1);
        return said + (deck.background() > 0 && at == ContextPlacement.NONE ? "; the background left out" : "")
                + (none.isEmpty() ? "" : " \u2014 " + String.join(" and ", none) + " among them") + ".";
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** The deck's order in words, as the background's placement makes it. */
    static String order(ContextPlacement placement) {
        return switch (placement == null ? ContextPlacement.LAST : placement) {
            case FIRST -> "The background first, gathered on slides of its own; then the focus period, one event a slide; "
                    + "what comes next at the end.";
            case LAST -> "The focus period, one event a slide; then the background and what comes next, gathered on "
                    + "slides of their own.";
            case NONE -> "The focus period, one event a slide, and what comes next on slides of its own; the background "
                    + "left out.";
        };
    }
}
