package org.parley.ui.present;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.parley.export.handout.Step;
import org.parley.layout.map.ProjectedBasemap;
import org.parley.ui.state.ExplorerState;

/**
 * A running presentation: the deck, the slide that shows it and the keys that drive it. Each step
 * selects its event in the explorer state, so the main window follows along behind.
 *
 * <p>Keys: Right, Space, PageDown, Down go on; Left, Backspace, PageUp, Up go back (clickers send
 * PageUp/PageDown); Home, End; digits then Enter jump to a step; A toggles autoplay; [ and ] (or
 * − and +) change its pace; P shows or hides the positions board (the summary step, also reached by
 * going on from the last step), whose rows the step keys page through while it is shown, back from
 * its first page closing it; B or a full stop blanks the screen until the next
 * key; Ctrl+D switches the light and dark theme, as in the explorer; Esc closes the board, else leaves.
 * Other keys held with Ctrl or Alt, and a modifier alone, do nothing. A
 * click goes on, a right-click back. With "reveal" on, a step with a quotation shows it on the
 * first move forward, and goes on with the second.
 */
final class Presentation {

    private static final Set<KeyCode> FORWARD = EnumSet.of(KeyCode.RIGHT, KeyCode.SPACE,
            KeyCode.PAGE_DOWN, KeyCode.DOWN);
    private static final Set<KeyCode> BACK = EnumSet.of(KeyCode.LEFT, KeyCode.PAGE_UP,
            KeyCode.UP, KeyCode.BACK_SPACE);

    private final ExplorerState state;
    private final PresentationDeck deck;
    private final SlideView slide;
    private final PositionsSlide positions;
    private final TypedNumber typed = new TypedNumber();
    private final PauseTransition autoplay = new PauseTransition();
    private final ChangeListener<Boolean> darkListener;
    private final boolean reveal;
    /** Steps whose quotation the class has seen: going back to one shows it at once, as it was left. */
    private final Set<Integer> revealed = new HashSet<>();
    private final EventHandler<KeyEvent> keys = this::onKey;
    private PresenterView presenter;
    private Runnable onLeave = () -> { };
    // Shows the new pace once even when autoplay is off, so [ and ] never seem to do nothing.
    private boolean paceChanged;
    /**
     * Until the next key: "No step 9 …" after a number past the deck's end, or that the show has
     * ended when a clicker presses on past it. Either key had done nothing, unexplained.
     */
    private String notice = "";
    /** Whether the board showing was reached by stepping past the last step, not opened with P. */
    private boolean boardIsLastStep;
    /**
     * Whether the steps select their events in the explorer yet: not until the slides have shown
     * ({@link #followInExplorer}). The main window's panels answer a selection on the JavaFX thread,
     * and done first, that work kept the first slide of a cold start blank.
     */
    private boolean following;

    Presentation(ExplorerState state, List<Step> steps) {
        this(state, steps, false, ProjectedBasemap::europe);
    }

    Presentation(ExplorerState state, List<Step> steps, boolean reveal, Supplier<ProjectedBasemap> basemap) {
        this(state, PreparedDeck.of(state.dataset(), steps), reveal, basemap);
    }

    Presentation(ExplorerState state, PreparedDeck prepared, boolean reveal, Supplier<ProjectedBasemap> basemap) {
        this.state = state;
        this.deck = new PresentationDeck(prepared.steps());
        this.reveal = reveal;
        this.slide = new SlideView(state.dataset(), prepared, basemap.get());
        this.positions = PositionsSlide.attach(slide, prepared.positions());
        autoplay.setOnFinished(e -> autoAdvance());
        darkListener = (o, was, now) -> {
            slide.setDark(now);
            positions.setDark(now);
        };
        state.darkProperty().addListener(darkListener);
        slide.setDark(state.darkProperty().get());
        positions.setDark(state.darkProperty().get());
        show();
    }

    Parent root() {
        return slide;
    }

    SlideView slide() {
        return slide;
    }

    /** Says on every slide and on the positions board which filters chose the deck's events. */
    void setFilterNote(String note) {
        slide.setFilterNote(note);
        positions.setFilterNote(note);
    }

    PresentationDeck deck() {
        return deck;
    }

    boolean autoplaying() {
        return autoplay.getStatus() == Animation.Status.RUNNING;
    }

    /** What Esc does: the window that shows the presentation closes itself here. */
    void setOnLeave(Runnable action) {
        this.onLeave = action;
    }

    /** Listens to the keys and clicks of the scene the slide is shown in. */
    void install(Scene scene) {
        installKeys(scene);
        scene.addEventFilter(MouseEvent.MOUSE_CLICKED, this::onClick);
    }

    /**
     * Listens to the keys only: on the presenter view a clicker or the arrows drive the slides
     * whichever window has the focus, but a click there (to scroll, or to focus the window) must
     * not move the class on.
     */
    void installKeys(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
    }

    void uninstallKeys(Scene scene) {
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
    }

    /** Follows the steps on the teacher's own screen too. */
    void attach(PresenterView view) {
        this.presenter = view;
        view.start();
        showOnPresenter();
    }

    /** From now on each step selects its event in the explorer, starting with the step shown. */
    void followInExplorer() {
        following = true;
        selectInExplorer();
    }

    PresenterView presenter() {
        return presenter;
    }

    /** Stops the timer and lets go of the explorer state. */
    void dispose() {
        autoplay.stop();
        if (presenter != null) {
            presenter.stop();
        }
        state.darkProperty().removeListener(darkListener);
    }

    /** Goes to the step of event {@code eventId}, if the deck has one; else stays at step 1. */
    void openAt(String place) {
        List<Step> steps = deck.steps();
        for (int i = 0; i < steps.size(); i++) {
            if (placeOf(steps.get(i)).equals(place)) {
                move(deck.jumpTo(i + 1));
                return;
            }
        }
    }

    /** Where the presentation stands, as {@link #openAt} takes it: the step's event, or a context step's heading. */
    String place() {
        return placeOf(deck.current());
    }

    /** Whether the story was told to its end: left at its last step, or on the board after it. */
    boolean finished() {
        return !deck.hasNext();
    }

    /**
     * An event step is its event's id; a context step ("How we got here", "What comes next")
     * selects no event, so it is named by its heading, which the next deck of the same kind repeats.
     */
    static String placeOf(Step step) {
        return step.isContext() ? CONTEXT_PLACE + step.heading() : step.event().id();
    }

    static final String CONTEXT_PLACE = "context:";

    private void onKey(KeyEvent e) {
        KeyCode code = e.getCode();
        if (notTheSlides(e)) {
            return;
        }
        boolean handled = true;
        notice = "";
        if (slide.blanked()) {
            // A blank screen is for talking: any key brings the slide back, and only that (a digit
            // also starts a step's number, which moves nothing until Enter). Autoplay waited
            // meanwhile; the slide shown again gets its whole interval.
            slide.setBlanked(false);
            if (autoplaying()) {
                autoplay.playFromStart();
            }
            typeDigit(code);
        } else if (slide.keysShown() && code != KeyCode.F1) {
            // The list of keys is read, then put away: the next key only closes it (Esc too, not leaving).
            slide.setKeysShown(false);
            typeDigit(code);
        } else if (code == KeyCode.F1 || code == KeyCode.H || code == KeyCode.SLASH && e.isShiftDown()) {
            slide.setKeysShown(!slide.keysShown());
        } else if (code == KeyCode.D && e.isShortcutDown()) {
            // The explorer's Ctrl+D, here too: a washed-out projector is found only once the class
            // is looking, and leaving the show to change the theme loses the room.
            state.darkProperty().set(!state.darkProperty().get());
        } else if (code == KeyCode.B || code == KeyCode.PERIOD) {
            // A clicker's "blank screen" key sends B or a full stop, as in slide software.
            slide.setBlanked(true);
        } else if (positions.isVisible() && code == KeyCode.ESCAPE && !boardIsLastStep) {
            // Esc closes what P put in front first; a second one leaves. The board reached as the
            // deck's last step is a step like the others: Esc leaves from it, as F1's list says.
            toggleBoard();
        } else if (positions.isVisible() && pagesBoard(code)) {
            // The board covers the slide: the step keys page through it rather than move the deck unseen.
            pageBoard(FORWARD.contains(code));
        } else if (code.isDigitKey()) {
            typed.append(digit(code));
        } else {
            if (positions.isVisible() && jumps(code)) {
                toggleBoard();   // a jump goes to a step to be seen: the board gives way rather than hide it
            }
            switch (code) {
                case RIGHT, SPACE, PAGE_DOWN, DOWN -> forward();
                case LEFT, PAGE_UP, UP -> back();
                case BACK_SPACE -> {
                    if (!typed.backspace()) {
                        back();
                    }
                }
                case HOME -> move(deck.first());
                case END -> move(deck.last());
                case ENTER -> typed.take().ifPresent(this::goTo);
                case A -> toggleAutoplay();
                case P -> {
                    boardIsLastStep = false;
                    toggleBoard();
                }
                case OPEN_BRACKET, MINUS, SUBTRACT -> pace(true);
                case CLOSE_BRACKET, PLUS, EQUALS, ADD -> pace(false);
                case F11 -> toggleFullScreen();
                case ESCAPE -> leave();
                default -> handled = false;
            }
        }
        if (handled) {
            updateOverlay();
            e.consume();
        }
    }

    /**
     * Keys a presentation leaves alone. A modifier pressed alone is on its way to another key (Alt+Tab, Shift+?)
     * and had put the list of keys away or lifted the blank. Keys held with Ctrl or Alt are the desktop's
     * (Ctrl+Alt+Right changes workspace) or the explorer's (Alt+Left, previous event), never a clicker's, and
     * had stepped as bare ones; Ctrl+D, the theme, is the one the slides share with the explorer.
     */
    private static boolean notTheSlides(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code.isModifierKey() || code == KeyCode.CAPS || code == KeyCode.NUM_LOCK) {
            return true;
        }
        boolean held = e.isControlDown() || e.isAltDown() || e.isShortcutDown();
        return held && !(code == KeyCode.D && e.isShortcutDown() && !e.isAltDown());
    }

    /**
     * Home, End, or Enter after a step's number: keys that go to a step rather than page. A number
     * past the deck's end goes nowhere: the board stays, with the note saying so, rather than give
     * way to the step it covered.
     */
    private boolean jumps(KeyCode code) {
        return code == KeyCode.HOME || code == KeyCode.END
                || code == KeyCode.ENTER && typed.peek().stream().anyMatch(n -> n >= 1 && n <= deck.size());
    }

    private static boolean pagesBoard(KeyCode code) {
        return FORWARD.contains(code) || BACK.contains(code);
    }

    /**
     * A digit that lifts the blank screen or the list of keys is also the first of a step's number:
     * it moves nothing by itself, and swallowed, "1 2 Enter" typed to answer the class went to step 2.
     */
    private void typeDigit(KeyCode code) {
        if (code.isDigitKey()) {
            typed.append(digit(code));
        }
    }

    private static int digit(KeyCode code) {
        String name = code.getName();
        return Character.digit(name.charAt(name.length() - 1), 10);
    }

    private void onClick(MouseEvent e) {
        if (!e.isStillSincePress()) {
            return;
        }
        boolean on = e.getButton() == MouseButton.PRIMARY;
        boolean back = e.getButton() == MouseButton.SECONDARY;
        if (positions.isVisible() && (on || back)) {
            // As the keys: the board covers the slide, so a click pages it instead of moving the deck unseen.
            pageBoard(on);
        } else if (on) {
            forward();
        } else if (back) {
            back();
        }
        updateOverlay();
        e.consume();
    }

    /** On: first the hidden quotation, if any, then the next step. */
    private void forward() {
        if (slide.quoteHidden()) {
            slide.revealQuote();
            revealed.add(deck.index());
            showOnPresenter();
            if (autoplaying()) {
                autoplay.playFromStart();
            }
            return;
        }
        if (!deck.hasNext() && positions.hasRows()) {
            // The board is the deck's last step, so a clicker reaches it as it reaches the others.
            boardIsLastStep = true;
            toggleBoard();
            return;
        }
        if (!deck.hasNext()) {
            notice = END;
        }
        move(deck.next());
    }

    /** Said when a clicker presses on past the last step: a key that did nothing looked like a flat battery. */
    static final String END = "End of the presentation — Esc leaves, ← goes back";

    /** Back one step; at the first, says so, as {@link #END} does at the other end. */
    private void back() {
        if (deck.index() == 0) {
            notice = START;
        }
        move(deck.previous());
    }

    /** Said when a clicker presses back at step 1: the key did nothing, unexplained, as past the end. */
    static final String START = "This is the first step — → goes on, Esc leaves";

    /** On or back through the board's pages; back from its first page closes it onto the slide behind. */
    private void pageBoard(boolean on) {
        boolean paged = positions.page(on);
        if (!paged && !on) {
            toggleBoard();
            return;
        }
        if (!paged && !boardIsLastStep) {
            // Opened with P in the middle of the lesson: on past its last page is back to the slide it
            // covered, so a clicker, which has no P, is not left paging back through every page.
            toggleBoard();
            return;
        }
        if (!paged) {
            notice = END;
        }
        showOnPresenter();
    }

    private void toggleBoard() {
        positions.toggle();
        showOnPresenter();
    }

    private void move(boolean changed) {
        if (changed) {
            show();
        }
        if (autoplaying()) {
            // A manual step restarts the wait, so the class gets the full interval on the new slide.
            autoplay.playFromStart();
        }
    }

    private void show() {
        Step step = deck.current();
        slide.show(step, reveal && !revealed.contains(deck.index()));
        if (following) {
            selectInExplorer();
        }
        showOnPresenter();
    }

    private void selectInExplorer() {
        Step step = deck.current();
        // A context step gathers many events: none of them is "the" selection.
        state.selectedEventProperty().set(step.isContext() ? null : step.event().id());
    }

    private void showOnPresenter() {
        if (presenter == null) {
            return;
        }
        if (positions.isVisible()) {
            presenter.showBoard(positions.pageShown() + 1, positions.pages(), boardIsLastStep);
        } else {
            presenter.show(deck.current(), deck.hasNext() ? deck.steps().get(deck.index() + 1) : null,
                    slide.quoteHidden(), positions.hasRows());
        }
    }

    private void toggleAutoplay() {
        if (autoplaying()) {
            autoplay.stop();
        } else {
            autoplay.setDuration(Duration.seconds(deck.intervalSeconds()));
            autoplay.playFromStart();
        }
    }

    /**
     * A window manager or a stray key can take the show out of full screen; this brings it back
     * (or, pressed in full screen, leaves it for a window) without leaving the presentation.
     */
    private void toggleFullScreen() {
        if (slide.getScene() != null && slide.getScene().getWindow() instanceof Stage stage) {
            stage.setFullScreen(!stage.isFullScreen());
        }
    }

    private void pace(boolean faster) {
        if (faster) {
            deck.faster();
        } else {
            deck.slower();
        }
        autoplay.setDuration(Duration.seconds(deck.intervalSeconds()));
        paceChanged = true;
        if (autoplaying()) {
            autoplay.playFromStart();
        }
    }

    private void autoAdvance() {
        if (slide.blanked() || slide.keysShown()) {
            // Nothing moves on unseen: behind a blank screen or the list of keys, autoplay waits.
            autoplay.playFromStart();
        } else if (slide.quoteHidden()) {
            slide.revealQuote();
            revealed.add(deck.index());
            showOnPresenter();
            autoplay.playFromStart();
        } else if (deck.next()) {
            show();
            autoplay.playFromStart();
        }
        updateOverlay();
    }

    private void goTo(int number) {
        if (number < 1 || number > deck.size()) {
            notice = "No step " + number + ": the steps are 1\u2013" + deck.size();
            return;
        }
        move(deck.jumpTo(number));
    }

    private void leave() {
        dispose();
        onLeave.run();
    }

    private void updateOverlay() {
        String go = !notice.isEmpty() ? notice : typed.isEmpty() ? "" : "Go to step " + typed.text() + " \u2014 Enter";
        String auto = autoplaying() ? "\u25B6 Autoplay \u00B7 " + deck.intervalSeconds() + " s"
                : paceChanged ? "Autoplay off \u00B7 " + deck.intervalSeconds() + " s (A starts)" : "";
        paceChanged = false;
        slide.setOverlay(auto);
        slide.setNotice(go);
        positions.setNote(go);
    }
}
