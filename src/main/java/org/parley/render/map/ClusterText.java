package org.parley.render.map;

import java.util.List;
import org.parley.model.CountText;

/** What a group of places says when the pointer is on it. */
public final class ClusterText {

    /** How many of the group's places are named, busiest first. */
    static final int NAMED = 4;

    private ClusterText() {
    }

    /**
     * "12 places, 1,420 events: Place 197 (128), Place 41 (120), Place 385 (97), Place 3 (80) and 8 more.
     * Click to zoom in on them."
     */
    public static String describe(MarkerCluster group) {
        List<PlaceMarker> members = group.members();
        StringBuilder text = new StringBuilder(CountText.count(group.places(), "place")).append(", ")
                .append(CountText.count(group.events(), "event")).append(": ");
        int named = Math.min(NAMED, members.size());
        for (int i = 0; i < named; i++) {
            PlaceMarker m = members.get(i);
            text.append(i == 0 ? "" : ", ").append(m.place().name()).append(" (").append(CountText.number(m.events()))
                    .append(')');
        }
        if (members.size() > named) {
            text.append(" and ").append(members.size() - named).append(" more");
        }
        return text.append(".\nToo close together to draw apart here. Click to zoom in on them.").toString();
    }
}
