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
     * "12 places: Place 197 (128 events), Place 41 (120), Place 385 (97), Place 3 (80) and 8 more. Too close
     * together to draw apart here. Click to zoom in on them." Each place's count is its marker's; their sum is
     * not given, since an event at one place of the group and about another is counted at both.
     */
    public static String describe(MarkerCluster group) {
        List<PlaceMarker> members = group.members();
        StringBuilder text = new StringBuilder(CountText.count(group.places(), "place")).append(": ");
        int named = Math.min(NAMED, members.size());
        for (int i = 0; i < named; i++) {
            PlaceMarker m = members.get(i);
            text.append(i == 0 ? "" : ", ").append(m.place().name()).append(" (")
                    .append(i == 0 ? CountText.count(m.events(), "event") : CountText.number(m.events())).append(')');
        }
        if (members.size() > named) {
            text.append(" and ").append(members.size() - named).append(" more");
        }
        return text.append(".\nToo close together to draw apart here. Click to zoom in on them.").toString();
    }
}
