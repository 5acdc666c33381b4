package org.parley.ui.canvas;

import javafx.animation.AnimationTimer;

/**
 * Paints a canvas view at most once per JavaFX pulse: any number of invalidations between two
 * pulses cost one repaint. The timer runs only while something is stale, so an idle view costs
 * nothing per pulse.
 */
public final class CoalescedRepaint {

    private final Runnable paint;
    private final AnimationTimer timer;
    private boolean stale;
    private boolean running;

    /** @param paint draws the whole view; may call {@link #invalidate()} to ask for the next pulse (animation) */
    public CoalescedRepaint(Runnable paint) {
        this.paint = paint;
        this.timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                onPulse();
            }
        };
    }

    /** Marks the view stale; it is painted on the next pulse. */
    public void invalidate() {
        stale = true;
        if (!running) {
            running = true;
            timer.start();
        }
    }

    /** Paints now if stale (tests and snapshots that cannot wait for a pulse). */
    public void flush() {
        if (stale) {
            stale = false;
            paint.run();
        }
    }

    public boolean isStale() {
        return stale;
    }

    private void onPulse() {
        if (!stale) {
            running = false;
            timer.stop();
            return;
        }
        stale = false;
        paint.run();
    }
}
