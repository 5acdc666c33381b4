package org.parley.ui.export;

/** Which stretch of time an exported image covers. */
enum RangeChoice {
    FOCUS("Focus period"), EVERYTHING("Everything (background included)"), CURRENT_VIEW("Current view");

    private final String label;

    RangeChoice(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
