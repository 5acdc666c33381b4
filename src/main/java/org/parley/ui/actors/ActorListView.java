package org.parley.ui.actors;

import org.parley.seed.Printable;
import org.parley.ui.controls.SearchField;
import org.parley.ui.filter.NoEventNote;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import atlantafx.base.theme.Styles;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.parley.model.ActorGroup;
import org.parley.model.Dataset;
import org.parley.model.Participant;
import org.parley.render.Theme;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.BackgroundThread;
import org.parley.ui.support.LatestResult;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The list view of the actor panel: a clearable search field over a tree of camps and their
 * actors. Choosing an actor selects it in the explorer state; a selection made elsewhere is shown
 * here when the actor passes the search.
 */
final class ActorListView extends VBox {

    private final ExplorerState state;
    /** The actors taking part in the selected event. */
    private final ObjectProperty<Set<String>> parties =
            new SimpleObjectProperty<>(Set.of());
    private final TextField search = SearchField.create("Search actors and aliases");
    private final TreeView<ActorEntry> tree = new TreeView<>(new TreeItem<>());
    /** What an empty tree means; a tree view has no placeholder of its own, as a list or table does. */
    private final Label placeholder = new Label();
    /**
     * Why the chosen actor cannot filter: filtering by "Dixon", a reporter in no event, had emptied every panel
     * with no word why. In the Filters pane's words ({@link NoEventNote}).
     */
    private final Label noEventNote = new Label();
    private final ActorActions actions;
    private ActorRows rows;
    /** The rows count every event of the dataset, so they are built on the compute thread. */
    private final LatestResult<ActorRows> rowsBuilder = new LatestResult<>(BackgroundThread.compute(), this::counted);

    ActorListView(ExplorerState state, ActorActions actions) {
        this.state = state;
        this.actions = actions;
        ContextMenu rowMenu = actions.menu();
        search.setId("actorSearch");
        tree.setId("actorTree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> {
            ActorCell cell = new ActorCell(this::theme, parties);
            cell.setContextMenu(rowMenu);
            return cell;
        });
        placeholder.setId("actorPlaceholder");
        placeholder.setWrapText(true);
        placeholder.setMouseTransparent(true);
        placeholder.getStyleClass().add("actor-placeholder");
        StackPane treeAndPlaceholder = new StackPane(tree, placeholder);
        VBox.setVgrow(treeAndPlaceholder, Priority.ALWAYS);
        setSpacing(6);
        // The rows count the whole dataset so the list does not reshuffle as filters change (ActorRows);
        // with a filter on, "14 events" beside a name had read as the filter's count.
        Label wholeCounts = new Label("Counts are for the whole dataset, not the filters.");
        wholeCounts.setId("actorCountsNote");
        wholeCounts.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        wholeCounts.setWrapText(true);
        wholeCounts.setMinHeight(Region.USE_PREF_SIZE);
        wholeCounts.managedProperty().bind(wholeCounts.visibleProperty());
        wholeCounts.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> !state.filterProperty().get().isEmpty(), state.filterProperty()));
        noEventNote.setId("actorNoEventNote");
        noEventNote.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        noEventNote.setWrapText(true);
        noEventNote.setMinHeight(Region.USE_PREF_SIZE);
        noEventNote.managedProperty().bind(noEventNote.visibleProperty());
        noEventNote.setVisible(false);
        getChildren().addAll(search, wholeCounts, noEventNote, treeAndPlaceholder);

        search.textProperty().addListener((o, was, now) -> rebuild());
        // From the search, Down goes to the first actor it found, as in a search box's list of suggestions.
        search.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && firstActorRow() >= 0) {
                tree.requestFocus();
                tree.getSelectionModel().clearAndSelect(firstActorRow());
                tree.scrollTo(firstActorRow());
                e.consume();
            }
        });
        state.datasetProperty().addListener((o, was, now) -> reload(now));
        state.openFailureProperty().addListener((o, was, now) -> rebuild());
        state.selectedActorProperty().addListener((o, was, now) -> {
            showSelection();
            sayWhyNoFilter();
        });
        state.darkProperty().addListener((o, was, now) -> tree.refresh());
        // The list follows a selected event too: its parties are marked where they stand. The shown
        // cells re-mark themselves; the list is not rebuilt (its cells are made once, see ActorCell).
        state.selectedEventProperty().addListener((o, was, now) -> parties.set(inSelectedEvent()));
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now.getValue() instanceof ActorEntry.Row r) {
                state.chooseActor(r.actor().id());
            }
        });
        reload(state.dataset());
    }

    /** The row of the first actor shown (not a group's heading), or -1. */
    private int firstActorRow() {
        for (int i = 0; i < tree.getExpandedItemCount(); i++) {
            TreeItem<ActorEntry> item = tree.getTreeItem(i);
            if (item != null && item.getValue() instanceof ActorEntry.Row) {
                return i;
            }
        }
        return -1;
    }

    /** The actors taking part in the selected event; none when no event is selected. */
    private Set<String> inSelectedEvent() {
        return state.selectedEvent().map(e -> e.actors().stream().map(Participant::actor)
                .collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
    }

    TextField searchField() {
        return search;
    }

    TreeView<ActorEntry> tree() {
        return tree;
    }

    private Theme theme() {
        return state.darkProperty().get() ? Theme.DARK : Theme.LIGHT;
    }

    private void reload(Dataset dataset) {
        rows = null;
        actions.inNoEventProperty().set(Set.of());
        rebuild();
        rowsBuilder.request(() -> dataset == null ? null : new ActorRows(dataset));
    }

    private void counted(ActorRows built) {
        rows = built;
        actions.inNoEventProperty().set(built == null ? Set.of() : built.inNoEvent());
        sayWhyNoFilter();
        rebuild();
    }

    /** Says, while the chosen actor is in no event, that there is nothing to filter by; nothing otherwise. */
    private void sayWhyNoFilter() {
        String id = state.selectedActorProperty().get();
        Optional<String> line = id == null || !actions.inNoEventProperty().get().contains(id) || state.dataset() == null
                ? Optional.empty()
                : state.dataset().actor(id).map(a -> NoEventNote.of(List.of(a)));
        noEventNote.setText(line.orElse(""));
        noEventNote.setVisible(line.isPresent());
    }

    private void rebuild() {
        TreeItem<ActorEntry> root = tree.getRoot();
        root.getChildren().clear();
        if (rows != null) {
            for (Map.Entry<ActorGroup, List<ActorEntry.Row>> group : rows.grouped(search.getText()).entrySet()) {
                TreeItem<ActorEntry> header = new TreeItem<>(
                        new ActorEntry.Header(group.getKey(), group.getValue().size()));
                header.setExpanded(true);
                group.getValue().forEach(r -> header.getChildren().add(new TreeItem<>(r)));
                root.getChildren().add(header);
            }
        }
        placeholder.setText(root.getChildren().isEmpty() ? emptyText() : "");
        placeholder.setVisible(root.getChildren().isEmpty());
        showSelection();
    }

    /** Why the list is empty: still reading or counting (seconds with a large dataset), nothing matches, or no actors at all. */
    private String emptyText() {
        if (state.dataset() == null) {
            return state.openFailureProperty().get() != null ? "No data open." : "Reading the actors…";
        }
        if (rows == null) {
            return "Counting each actor's events…";
        }
        String typed = search.getText() == null ? "" : search.getText().strip();
        return typed.isEmpty() ? "This dataset names no actors."
                // Cut short: a page pasted in, set whole in this wrapped line, held the window still for minutes.
                : "No actor's name or alias matches “" + Printable.brief(typed) + "”.";
    }

    Label placeholder() {
        return placeholder;
    }

    private void showSelection() {
        String id = state.selectedActorProperty().get();
        TreeItem<ActorEntry> item = id == null ? null : find(id);
        if (item == null) {
            tree.getSelectionModel().clearSelection();
            return;
        }
        if (tree.getSelectionModel().getSelectedItem() != item) {
            tree.getSelectionModel().select(item);
            int index = tree.getRow(item);
            if (index >= 0) {
                tree.scrollTo(Math.max(0, index - 2));
            }
        }
    }

    private TreeItem<ActorEntry> find(String actorId) {
        for (TreeItem<ActorEntry> header : tree.getRoot().getChildren()) {
            for (TreeItem<ActorEntry> item : header.getChildren()) {
                if (item.getValue() instanceof ActorEntry.Row r && r.actor().id().equals(actorId)) {
                    return item;
                }
            }
        }
        return null;
    }
}
