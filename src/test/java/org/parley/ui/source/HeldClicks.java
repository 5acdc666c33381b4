package org.parley.ui.source;

/** A click's wait that ends when the test says so, not after a time: {@link #elapse()}. */
final class HeldClicks implements SingleClick.Wait {

    private Runnable waiting;

    @Override
    public void start(Runnable then) {
        waiting = then;
    }

    @Override
    public void stop() {
        waiting = null;
    }

    /** The double-click time is over: the click waiting, if any, does what it does. */
    void elapse() {
        Runnable then = waiting;
        waiting = null;
        if (then != null) {
            then.run();
        }
    }

    boolean waiting() {
        return waiting != null;
    }
}
