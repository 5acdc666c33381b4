package org.parley.layout;

/** What the timeline's lanes stand for. */
public enum LaneMode {
    /** One lane per {@link org.parley.model.Track}, in the track's declaration order. */
    TRACK,
    /** One lane per actor; an event with several actors appears in each of their lanes. */
    ACTOR,
    /** One lane per place where something happened; events with no place share the last lane. */
    PLACE
}
