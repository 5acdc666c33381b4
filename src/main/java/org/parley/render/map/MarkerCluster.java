package org.parley.render.map;

import java.util.List;
import org.parley.layout.map.ScreenPoint;

/**
 * Places whose circles fall on one another at this zoom, drawn as one circle that says how many
 * they are. Zooming in draws them apart again.
 *
 * @param position where the circle is drawn: on its busiest member
 * @param members  the places' markers, busiest first
 * @param events   the members' counts added up (an event at one member and about another counts at both):
 *                 what the circle's size stands for
 * @param radius   circle radius in px
 */
public record MarkerCluster(ScreenPoint position, List<PlaceMarker> members, int events, double radius) {

    public MarkerCluster {
        members = List.copyOf(members);
    }

    public int places() {
        return members.size();
    }

    /** The shortest distance in px between two members' centres. */
    public double closestPair() {
        double closest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < members.size(); i++) {
            ScreenPoint a = members.get(i).position();
            for (int j = i + 1; j < members.size(); j++) {
                ScreenPoint b = members.get(j).position();
                closest = Math.min(closest, Math.hypot(a.x() - b.x(), a.y() - b.y()));
            }
        }
        return closest;
    }

    /** The widest distance in px from the circle's centre to a member's centre. */
    public double spread() {
        double spread = 0;
        for (PlaceMarker m : members) {
            spread = Math.max(spread, Math.hypot(m.position().x() - position.x(), m.position().y() - position.y()));
        }
        return spread;
    }
}
