package org.parley.model;

/**
 * How finely the articles pin a date down. An event is never drawn finer than its precision:
 * a day-level event fills its day, a season is a soft range, and nothing gets a clock time the
 * text does not give.
 */
public enum Precision {
    DECADE, YEAR, SEASON, MONTH, DAY, HOUR, MINUTE;

    /** True when this precision is at least as fine as {@code other}. */
    public boolean atLeast(Precision other) {
        return ordinal() >= other.ordinal();
    }
}
