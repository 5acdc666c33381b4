package org.parley.ui.app;

/**
 * The background thread the canvas views (map, actor network) compute their scenes on, until the
 * app hands every panel its one executor: views are built by the main window, which has no
 * executor to give them yet. Views take a {@link BackgroundThread} in their constructor, so
 * switching them to the app's executor is a change of argument, not of code.
 */
public final class ViewWorker {

    private ViewWorker() {
    }

    public static BackgroundThread get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final BackgroundThread INSTANCE = new BackgroundThread("parley-views");
    }
}
