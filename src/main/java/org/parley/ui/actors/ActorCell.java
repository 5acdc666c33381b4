package org.parley.ui.actors;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.parley.model.Actor;
import org.parley.render.Theme;
import org.parley.render.graph.GroupColours;

import java.util.function.Supplier;

/**
 * Draws one list line: a group header (dot in the group's graph colour, name, how many actors) or
 * an actor (name and counts, role and affiliation, then the other spellings, small and muted).
 */
final class ActorCell extends TreeCell<ActorEntry> {

    static final String ROW_STYLE_CLASS = "actor-row";
    static final String HEADER_STYLE_CLASS = "actor-group-header";

    private final Supplier<Theme> theme;

    ActorCell(Supplier<Theme> theme) {
        this.theme = theme;
        // Size to the list, not to the longest role: long lines wrap instead of scrolling sideways.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(ActorEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        getStyleClass().removeAll(ROW_STYLE_CLASS, HEADER_STYLE_CLASS);
        setText(null);
        if (empty || entry == null) {
            setGraphic(null);
            return;
        }
        if (entry instanceof ActorEntry.Header h) {
            getStyleClass().add(HEADER_STYLE_CLASS);
            setGraphic(header(h));
        } else if (entry instanceof ActorEntry.Row r) {
            getStyleClass().add(ROW_STYLE_CLASS);
            setGraphic(row(r));
        }
    }

    private HBox header(ActorEntry.Header h) {
        Circle dot = new Circle(5, FxColours.of(GroupColours.of(h.group(), theme.get())));
        Label name = new Label(h.group().label());
        name.getStyleClass().add(Styles.TEXT_BOLD);
        Label count = new Label(String.valueOf(h.count()));
        count.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        HBox box = new HBox(6, dot, name, count);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        box.setPadding(new Insets(4, 0, 2, 0));
        return box;
    }

    private VBox row(ActorEntry.Row r) {
        Actor a = r.actor();
        Label name = new Label(a.name());
        name.getStyleClass().add(Styles.TEXT_BOLD);
        Label counts = new Label(r.counts());
        counts.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        BorderPane top = new BorderPane();
        top.setLeft(name);
        top.setRight(counts);
        VBox box = new VBox(1, top);
        String role = roleLine(a);
        if (!role.isEmpty()) {
            Label roleLabel = wrapping(new Label(role));
            box.getChildren().add(roleLabel);
        }
        if (!a.aliases().isEmpty()) {
            Label aliases = wrapping(new Label("also: " + String.join(", ", a.aliases())));
            aliases.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            box.getChildren().add(aliases);
        }
        box.setPadding(new Insets(2, 4, 2, 0));
        // Wrap within the cell instead of widening the tree past its viewport.
        box.maxWidthProperty().bind(widthProperty().subtract(40));
        box.prefWidthProperty().bind(widthProperty().subtract(40));
        return box;
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
