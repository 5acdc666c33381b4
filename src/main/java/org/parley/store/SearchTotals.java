package org.parley.store;

/**
 * How much a search matches in the whole index, however few hits are listed: entries (events,
 * quotes and passages) and the distinct events among them (an event's own entry or its quotes').
 */
public record SearchTotals(int entries, int events) {
}
