package org.parley.export.handout;

/**
 * Where the background ("how we got here") goes in a presentation or handout: before the focus
 * period (the talks, for the bundled week), after it, or not at all. The focus period is always told in order.
 */
public enum ContextPlacement {
    FIRST("First (how we got here, then the focus period)"),
    LAST("After the focus period, before what comes next"),
    NONE("Leave out");

    private final String label;

    ContextPlacement(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
