package org.parley.ui.export;

/** Which stretch of time an exported image covers. */
enum RangeChoice {
    WHOLE("Whole timeline"), CURRENT_VIEW("Current view"), WEEK("The week (9–14 January 2022)");

    private final String label;

    RangeChoice(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
