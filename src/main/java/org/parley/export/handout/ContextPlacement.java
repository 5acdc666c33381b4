package org.parley.export.handout;

/**
 * Where the background ("how we got here") goes in a presentation or handout: before the talks,
 * after them, or not at all. The talks themselves are always told in order.
 */
public enum ContextPlacement {
    FIRST("First (how we got here, then the talks)"),
    LAST("Last (the talks, then how we got here)"),
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
