package org.parley.ui.source;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * A click on a passage chooses its event only once it cannot become a double click. A double click
 * selects the word under it to copy; its first click had already chosen the passage's event, and a
 * researcher copying a word found the timeline, the map and the detail moved to another event.
 */
final class SingleClick {

    /** Waits, then runs what it was given, unless stopped first. */
    interface Wait {
        void start(Runnable then);

        void stop();
    }

    /**
     * Shorter than the desktop's double-click time (GTK's 400 ms, Windows' 500 ms) so a click does not
     * feel slow; most double clicks come well within it, and a slower one still selects the word.
     */
    static final Duration DOUBLE_CLICK = Duration.millis(300);

    private final Wait wait;

    SingleClick(Wait wait) {
        this.wait = wait;
    }

    /** The desktop's way: a pause of {@link #DOUBLE_CLICK}. */
    static SingleClick paused() {
        PauseTransition pause = new PauseTransition(DOUBLE_CLICK);
        return new SingleClick(new Wait() {
            @Override
            public void start(Runnable then) {
                pause.setOnFinished(e -> then.run());
                pause.playFromStart();
            }

            @Override
            public void stop() {
                pause.stop();
            }
        });
    }

    /** Runs {@code action} once no second click has come; a click already waiting is replaced. */
    void later(Runnable action) {
        wait.stop();
        wait.start(action);
    }

    /** The click waiting is part of a double click: it does nothing. */
    void cancel() {
        wait.stop();
    }
}
