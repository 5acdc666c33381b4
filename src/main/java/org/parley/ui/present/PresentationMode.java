package org.parley.ui.present;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.time.LocalTime;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.parley.export.handout.ContextPlacement;
import org.parley.export.handout.Step;
import org.parley.export.handout.Steps;
import org.parley.layout.map.ProjectedBasemap;
import org.parley.model.Dataset;
import org.parley.model.DateRange;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.export.FilterNote;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.BackgroundThread;
import org.parley.ui.support.ErrorDialogs;
import org.parley.ui.support.SuperKeys;
import org.parley.ui.support.WindowPrefs;

/**
 * Full-screen step-through of the week for a class, one event a slide. The main window starts it
 * with {@link #ask} (F5, toolbar) — which offers all events, the filtered ones, or a handout — or
 * directly with {@link #start}.
 */
public final class PresentationMode {

    static final String STAGE_TITLE = "Parley \u2014 presentation";

    /** What the teacher chose last in this session, offered again: the background's place, reveal. */
    private static PresentationOptions lastOptions = PresentationOptions.DEFAULT;
    /** Where the last presentation was left ({@link Presentation#place}), or null. */
    private static String leftAt;
    /** Whether {@link #leftAt} was left in this session, not read back from the last one. */
    private static boolean leftThisSession;
    /** The filters of the presentation left at {@link #leftAt}; empty when it showed every event. */
    private static EventFilter leftWith = EventFilter.NONE;

    private PresentationMode() {
    }

    private static final String PREF_BACKGROUND = "present.background";
    private static final String PREF_REVEAL = "present.reveal";
    private static final String PREF_LEFT_AT = "present.leftAt";

    /**
     * Takes up the last session's choices and the step the class was left at: a teacher who
     * prepares the lesson, quits, and opens Parley again in class finds them as they were.
     */
    public static void restoreFrom(WindowPrefs prefs) {
        ContextPlacement background;
        try {
            background = ContextPlacement.valueOf(prefs.get(PREF_BACKGROUND, lastOptions.context().name()));
        } catch (IllegalArgumentException e) {
            background = lastOptions.context();
        }
        lastOptions = new PresentationOptions(background, prefs.get(PREF_REVEAL, lastOptions.reveal()));
        String left = prefs.get(PREF_LEFT_AT, "");
        leftAt = left.isEmpty() ? null : left;
        leftThisSession = false;
    }

    /** Keeps this session's choices for the next ({@link #restoreFrom}); the caller flushes. */
    public static void saveTo(WindowPrefs prefs) {
        prefs.put(PREF_BACKGROUND, lastOptions.context().name());
        prefs.put(PREF_REVEAL, lastOptions.reveal());
        prefs.put(PREF_LEFT_AT, leftAt == null ? "" : leftAt);
    }

    /** Where the last presentation put the background, for a handout asked for from the menu. */
    static ContextPlacement lastBackground() {
        return lastOptions.context();
    }

    /**
     * Asks what to present: all events, only those passing the filters (offered when the filters
     * hide some), or a printable handout instead. Cancelling does nothing.
     */
    public static void ask(Window owner, ExplorerState state) {
        ask(owner, state, Steps::of);
    }

    /** How the steps of a deck are made: {@link Steps#of(Dataset, List, ContextPlacement)}, or a test's. */
    @FunctionalInterface
    interface StepMaker {
        List<Step> of(Dataset dataset, List<Event> events, ContextPlacement placement);
    }

    /** As {@link #ask(Window, ExplorerState)}, the steps made by {@code steps}. */
    static void ask(Window owner, ExplorerState state, StepMaker steps) {
        Dataset dataset = state.dataset();
        if (dataset == null || dataset.events().isEmpty() || asking) {
            return;
        }
        // An event with a slide of its own is offered by its title; one gathered with others (the
        // background, what comes next) by the slide that gathers it. A context step selects no event;
        // left there, the class goes on from that step by its heading.
        // Nothing selected (a new session, say): the step the class was left at is offered.
        String selectedEvent = state.selectedEventProperty().get();
        String selected = selectedEvent == null && leftAt != null ? leftAt : selectedEvent;
        // Made with the background in the deck even when it was left out last time, so that an event
        // of it is offered too: the dialog's choice of where the background goes may bring it back.
        ContextPlacement context = lastOptions.context() == ContextPlacement.NONE ? ContextPlacement.LAST
                : lastOptions.context();
        Optional<DateRange> focus = dataset.focus();
        List<Event> visibleEvents = state.visibleEventsProperty().get();
        int visible = visibleEvents.size();
        // The filtered events are a deck of their own, offered as a button of their own: the offer is
        // looked for in each, since an event the filters hide has no step there (and the background's
        // slides are cut otherwise), and openAt would have started that show at step 1 without a word.
        boolean filteredDeck = visible > 0 && visible < dataset.events().size();
        // The dialog offers the filtered events first when a filter is on.
        boolean resume = leftThisSession && leftWith.equals(shown(state.filterProperty().get()));
        // The deck grows with the data: built on the compute thread, the dialog shown when it is.
        asking = true;
        // The same steps as the deck, so as slow: the wait cursor says F5 was heard.
        Runnable waited = WaitCursor.over(owner);
        // The filters that chose the filtered deck, as its slides will say them, for the teacher to check.
        String filterNote = FilterNote.of(shown(state.filterProperty().get()), dataset).orElse(null);
        BackgroundThread.compute().submitFirst(() -> {
                    // What each deck holds, so the dialog promises only what its slides will show.
                    DeckContents allParts = DeckContents.of(dataset.events(), focus.orElse(null));
                    PresentDialog.Decks decks = new PresentDialog.Decks(allParts,
                            filteredDeck ? DeckContents.of(visibleEvents, focus.orElse(null)) : allParts, filterNote);
                    if (selected == null) {
                        return new Offers(null, null, decks);
                    }
                    StartOffer all = StartOffer.in(steps.of(dataset, dataset.events(), context), selected,
                            focus.orElse(null)).orElse(null);
                    StartOffer filtered = !filteredDeck ? all : StartOffer.in(steps.of(dataset, visibleEvents, context),
                            selected, focus.orElse(null)).orElse(null);
                    return new Offers(all, filtered, decks);
                })
                .whenComplete((offers, failure) -> {
                    asking = false;
                    waited.run();
                    if (state.dataset() != dataset) {
                        return;
                    }
                    if (failure != null) {
                        // Said, not swallowed: F5 that does nothing is pressed again and again.
                        ErrorDialogs.show(owner, "The presentation could not be prepared.", failure,
                                "Nothing was changed; try again, or present fewer events (filter them first).");
                    } else {
                        askWith(owner, state, visible, offers, resume);
                    }
                });
    }

    /** Set while the deck for the dialog is being built, so a second F5 does not open a second dialog. */
    private static boolean asking;

    /** The filters as a presentation of them shows them: none at all when they hide nothing. */
    private static EventFilter shown(EventFilter filter) {
        return filter == null || filter.isEmpty() ? EventFilter.NONE : filter;
    }

    /** Where each deck the dialog offers may open (every event's, the filtered events'; either may be null), and what each holds. */
    private record Offers(StartOffer all, StartOffer filtered, PresentDialog.Decks decks) {
    }

    private static void askWith(Window owner, ExplorerState state, int visible, Offers offers, boolean resume) {
        int all = state.dataset().events().size();
        StartOffer first = visible > 0 && visible < all && offers.filtered() != null ? offers.filtered() : offers.all();
        PresentDialog dialog = new PresentDialog(owner, all, visible, offers.all(), offers.filtered(),
                first != null && first.place().equals(leftAt), resume, lastOptions, !state.dataset().positions().isEmpty(),
                offers.decks());
        Optional<PresentDialog.Choice> choice = dialog.ask();
        if (choice.isEmpty()) {
            return;
        }
        lastOptions = dialog.options();
        if (choice.get() == PresentDialog.Choice.HANDOUT) {
            HandoutDialog.show(owner, state, lastOptions.context());
        } else {
            start(owner, state, choice.get() == PresentDialog.Choice.FILTERED, dialog.options(choice.get())).exceptionally(e -> {
                ErrorDialogs.show(owner, "The presentation could not be opened.", e,
                        "Nothing was changed; try again, or with fewer events.");
                return null;
            });
        }
    }

    /**
     * Opens the presentation full screen over {@code owner}, at step 1.
     *
     * @param onlyFiltered step only through the events passing the current filters (a teacher's own
     *                     selection, taken as it is now); otherwise through every event
     * @return completes on the JavaFX thread with the presentation's stage, once its steps are built on
     *         the compute thread and its first slide has been drawn, the explorer behind following it;
     *         with null when there is nothing to present
     */
    public static CompletableFuture<Stage> start(Window owner, ExplorerState state, boolean onlyFiltered) {
        return start(owner, state, onlyFiltered, PresentationOptions.DEFAULT);
    }

    /**
     * As {@link #start(Window, ExplorerState, boolean)}, told as {@code options} say. With a second
     * screen connected the slides go full screen there and the presenter view opens on this one.
     */
    public static CompletableFuture<Stage> start(Window owner, ExplorerState state, boolean onlyFiltered,
                                                 PresentationOptions options) {
        Dataset dataset = state.dataset();
        if (dataset == null) {
            return CompletableFuture.completedFuture(null);
        }
        // Taken here, on the JavaFX thread, as the teacher chose them; the worker gets immutable values only.
        List<Event> events = onlyFiltered ? state.visibleEventsProperty().get() : dataset.events();
        EventFilter filter = onlyFiltered ? shown(state.filterProperty().get()) : EventFilter.NONE;
        Optional<String> note = onlyFiltered ? FilterNote.of(filter, dataset) : Optional.empty();
        // A wait cursor while a large deck is made (about 3 s at 100,000 events): the window still answers.
        Runnable waited = WaitCursor.over(owner);
        return BackgroundThread.compute().submitFirst(() -> PreparedDeck.of(dataset, events, options.context(), filter))
                .whenComplete((deck, failure) -> waited.run())
                .thenCompose(deck -> deck == null || state.dataset() != dataset ? CompletableFuture.completedFuture(null)
                        : open(owner, state, deck, note, filter, options));
    }

    private static CompletableFuture<Stage> open(Window owner, ExplorerState state, PreparedDeck deck, Optional<String> filterNote,
                              EventFilter filter, PresentationOptions options) {
        Presentation presentation = new Presentation(state, deck, options.reveal(), ProjectedBasemap::europe);
        filterNote.ifPresent(presentation::setFilterNote);
        if (options.startAt() != null) {
            presentation.openAt(options.startAt());
        }
        Stage stage = new Stage();
        Optional<ScreenChoice<Screen>> screens = ScreenChoice.of(Screen.getScreens(), Screen.getPrimary());
        Stage presenterStage = screens.map(choice -> {
            // A full-screen stage fills the screen it stands on when shown.
            Rectangle2D b = choice.audience().getVisualBounds();
            stage.setX(b.getMinX());
            stage.setY(b.getMinY());
            return presenterStage(owner, presentation, choice.presenter().getVisualBounds());
        }).orElse(null);
        Screen audience = screens.map(ScreenChoice::audience).orElseGet(() -> screenOf(owner));
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(STAGE_TITLE);
        // The size it has out of full screen (F11): a window that fits the screen, frame and all.
        Dimension2D windowed = WindowedSlides.within(audience.getVisualBounds());
        Scene scene = new Scene(presentation.root(), windowed.getWidth(), windowed.getHeight());
        presentation.install(scene);
        SuperKeys.install(stage);
        presentation.setOnLeave(stage::close);
        // Keys pressed while the full-screen window is still opening (a teacher's Enter, then
        // Right at once) reach the window behind it, the main one; they drive the slides too.
        Scene behind = owner == null ? null : owner.getScene();
        if (behind != null) {
            presentation.installKeys(behind);
        }
        stage.setOnHidden(e -> {
            // Told to the end, there is nothing to go on from: the next class's F5 and Enter start at step 1.
            leftAt = presentation.finished() ? null : presentation.place();
            leftThisSession = true;
            leftWith = filter;
            if (behind != null) {
                presentation.uninstallKeys(behind);
            }
            presentation.dispose();
            if (presenterStage != null) {
                presenterStage.close();
            }
            if (owner != null) {
                owner.requestFocus();
            }
        });
        stage.setScene(scene);
        // Esc is ours (it leaves the presentation); JavaFX would only drop out of full screen.
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("Esc leaves the presentation");
        stage.setFullScreen(true);
        // The main window follows the steps only once the first slide is drawn: its map, table and
        // timeline answer a selection on this thread, and before the slide they kept it blank.
        CompletableFuture<Stage> shown = new CompletableFuture<>();
        AfterFirstFrame.run(scene, () -> {
            if (stage.isShowing()) {
                presentation.followInExplorer();
            }
            shown.complete(stage);
        });
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> shown.complete(stage));
        stage.show();
        return shown;
    }

    /** The screen most of {@code owner} stands on: the one the teacher started the show from. */
    private static Screen screenOf(Window owner) {
        if (owner == null) {
            return Screen.getPrimary();
        }
        return Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()),
                Math.max(1, owner.getHeight())).stream().findFirst().orElse(Screen.getPrimary());
    }

    private static Stage presenterStage(Window owner, Presentation presentation, Rectangle2D teacher) {
        PresenterView view = new PresenterView(presentation.slide().dataset(), LocalTime::now);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle("Parley \u2014 presenter view");
        // The whole of the teacher's screen, even when the main window was moved to the projector.
        Scene scene = new Scene(view, teacher.getWidth(), teacher.getHeight());
        presentation.installKeys(scene);
        SuperKeys.install(stage);
        stage.setScene(scene);
        stage.setX(teacher.getMinX());
        stage.setY(teacher.getMinY());
        stage.setWidth(teacher.getWidth());
        stage.setHeight(teacher.getHeight());
        presentation.attach(view);
        stage.show();
        // Asked of the window manager as well: under openbox a size set before the first show was
        // sometimes dropped for a 200 px window; maximized, it fills the screen the stage is on.
        stage.setMaximized(true);
        return stage;
    }
}
