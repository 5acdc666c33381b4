package org.parley.ui.actors;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import org.parley.model.Actor;
import org.parley.render.Theme;
import org.parley.render.graph.GroupColours;

import java.util.Set;
import java.util.function.Supplier;

/**
 * Draws one list line: a group header (dot in the group's graph colour, name, how many actors) or
 * an actor (name and counts, role and affiliation, then the other spellings, small and muted).
 */
final class ActorCell extends TreeCell<ActorEntry> {

    static final String ROW_STYLE_CLASS = "actor-row";
    static final String HEADER_STYLE_CLASS = "actor-group-header";

    static final PseudoClass IN_EVENT = PseudoClass.getPseudoClass("in-event");

    /** What the tree takes left of a row: its level's indent and the disclosure arrow's column. */
    private static final double INDENT = 40;

    private final Supplier<Theme> theme;
    private final ObservableValue<Set<String>> inSelectedEvent;

    // Made once per cell and refilled: the list's cells are reused as it scrolls, and new nodes
    // for every item would each be styled again.
    private final Circle dot = new Circle(5);
    private final Label groupName = new Label();
    private final Label groupCount = new Label();
    private final HBox header = new HBox(6, dot, groupName, groupCount);

    private final Label name = new Label();
    private final Label counts = new Label();
    /** The events-and-quotes count beside a name. */
    static final String COUNTS_STYLE_CLASS = "actor-counts";
    private final Label role = wrapping(new Label());
    private final Label aliases = wrapping(new Label());
    private final VBox row;
    private final BorderPane top;

    ActorCell(Supplier<Theme> theme, ObservableValue<Set<String>> inSelectedEvent) {
        this.theme = theme;
        this.inSelectedEvent = inSelectedEvent;
        // The cells live as long as the list, so a plain listener holds nothing longer than it should.
        inSelectedEvent.addListener(o -> markInEvent(getItem(), isEmpty()));
        // Size to the list, not to the longest role: long lines wrap instead of scrolling sideways.
        setPrefWidth(0);
        groupName.getStyleClass().add(Styles.TEXT_BOLD);
        groupCount.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(4, 0, 2, 0));

        name.getStyleClass().add(Styles.TEXT_BOLD);
        counts.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, COUNTS_STYLE_CLASS);
        aliases.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        top = new BorderPane();
        // In the centre, the name takes what the counts leave and wraps: on the left it kept its
        // whole width and pushed the counts out of the cell.
        top.setCenter(wrapping(name));
        BorderPane.setAlignment(name, Pos.TOP_LEFT);
        name.setMaxWidth(Double.MAX_VALUE);
        top.setRight(counts);
        BorderPane.setAlignment(counts, Pos.TOP_RIGHT);
        // In a narrow list the name ran into its counts: "Wendy Sherman14 events".
        BorderPane.setMargin(counts, new Insets(0, 0, 0, 8));
        counts.setMinWidth(Label.USE_PREF_SIZE);
        row = new VBox(1, top, role, aliases);
        row.setPadding(new Insets(2, 4, 2, 0));
        // Wrap within the cell instead of widening the tree past its viewport.
        row.maxWidthProperty().bind(widthProperty().subtract(INDENT));
        row.prefWidthProperty().bind(widthProperty().subtract(INDENT));
        widthProperty().addListener(o -> placeCounts());
        // The bold of the name's style comes with the first CSS pass, after the row is first filled: measured again.
        name.fontProperty().addListener(o -> placeCounts());
    }

    /**
     * The counts beside the name while the whole name fits beside them on one line, else on a line of their
     * own under it, the name taking the row's width. In a narrow list they had squeezed "Wendy Sherman" into
     * "Sherm" / "an"; then, kept beside while its longest word fitted, the name wrapped in the column they left
     * ("Wendy" / "Sherman" in a 900-px window, the OSCE's name over four lines) beside a row with room for it.
     */
    private void placeCounts() {
        // What the top line is given: the cell's width less its insets, the tree's indent, the row's padding and the gap.
        double room = getWidth() - snappedLeftInset() - snappedRightInset() - INDENT
                - row.snappedLeftInset() - row.snappedRightInset() - 8;
        boolean beside = getWidth() <= 0 || room >= oneLineWidth(name) + 1 + counts.prefWidth(-1);
        if (beside && top.getRight() != counts) {
            top.setBottom(null);
            top.setRight(counts);
            BorderPane.setAlignment(counts, Pos.TOP_RIGHT);
            BorderPane.setMargin(counts, new Insets(0, 0, 0, 8));
        } else if (!beside && top.getBottom() != counts) {
            top.setRight(null);
            top.setBottom(counts);
            BorderPane.setAlignment(counts, Pos.TOP_LEFT);
            BorderPane.setMargin(counts, Insets.EMPTY);
        }
    }

    @Override
    protected void updateItem(ActorEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        setText(null);
        markInEvent(entry, empty);
        if (empty || entry == null) {
            styleAs(null);
            setGraphic(null);
            return;
        }
        if (entry instanceof ActorEntry.Header h) {
            styleAs(HEADER_STYLE_CLASS);
            dot.setFill(FxColours.of(GroupColours.of(h.group(), theme.get())));
            groupName.setText(h.group().label());
            groupCount.setText(String.valueOf(h.count()));
            setGraphic(header);
        } else if (entry instanceof ActorEntry.Row r) {
            styleAs(ROW_STYLE_CLASS);
            Actor a = r.actor();
            name.setText(a.name());
            counts.setText(r.counts());
            placeCounts();
            shown(role, roleLine(a));
            shown(aliases, a.aliases().isEmpty() ? "" : "also: " + String.join(", ", a.aliases()));
            setGraphic(row);
        }
    }

    /**
     * As tall as the row's lines wrapped at the cell's own width. A cell asks its graphic for its height
     * without a width, which counts every wrapping line as one: in a 1024-px window "Wendy Sherman" took
     * two lines in a row sized for one, and its first lay under the group's header.
     */
    @Override
    protected double computePrefHeight(double width) {
        double across = (width > 0 ? width : getWidth()) - INDENT;
        if (getGraphic() != row || across <= 0) {
            return super.computePrefHeight(width);
        }
        return Math.max(super.computePrefHeight(width), snappedTopInset() + row.prefHeight(across) + snappedBottomInset());
    }

    private void markInEvent(ActorEntry entry, boolean empty) {
        boolean inEvent = !empty && entry instanceof ActorEntry.Row r && inSelectedEvent.getValue().contains(r.actor().id());
        pseudoClassStateChanged(IN_EVENT, inEvent);
        if (entry instanceof ActorEntry.Row r) {
            setAccessibleText(inEvent ? r.actor().name() + ", takes part in the selected event" : null);
        }
    }

    /** Changes the style class only when it changes: a changed class list styles the cell again. */
    private void styleAs(String styleClass) {
        if (styleClass != null && getStyleClass().contains(styleClass)) {
            return;
        }
        getStyleClass().removeAll(ROW_STYLE_CLASS, HEADER_STYLE_CLASS);
        if (styleClass != null) {
            getStyleClass().add(styleClass);
        }
    }

    /** A line of the row with {@code text}, or no line at all when there is none. */
    private static void shown(Label line, String text) {
        line.setText(text);
        line.setVisible(!text.isEmpty());
        line.setManaged(!text.isEmpty());
    }

    /** The width of the label's text on one line in its font, with its insets. */
    private static double oneLineWidth(Label label) {
        Text probe = new Text(label.getText() == null ? "" : label.getText());
        probe.setFont(label.getFont());
        return Math.ceil(probe.getLayoutBounds().getWidth()) + label.snappedLeftInset() + label.snappedRightInset();
    }

    // A wrapping label in a cell is otherwise given one line's height and cut with an ellipsis.
    private static Label wrapping(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static String roleLine(Actor a) {
        if (a.affiliation().isEmpty() || a.role().contains(a.affiliation())) {
            return a.role();
        }
        return a.role().isEmpty() ? a.affiliation() : a.role() + " · " + a.affiliation();
    }
}
