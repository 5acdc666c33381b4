package org.parley.render.map;

import java.util.List;

/**
 * One numbered stop of the week's route (1 Geneva, 2 Brussels, 3 Vienna).
 *
 * @param placeIds  every venue merged into this stop (Brussels and NATO headquarters are one stop)
 * @param dateLabel the stop's days, e.g. "9–10 Jan"
 * @param meetingIds the meetings that make it a stop: a filter that keeps none of them leaves the stop off the map
 */
public record RouteStop(int number, String name, String dateLabel, double lon, double lat, List<String> placeIds,
                        List<String> meetingIds) {

    public RouteStop {
        placeIds = List.copyOf(placeIds);
        meetingIds = List.copyOf(meetingIds);
    }

    /** Whether the stop after this one in the week's route is {@code next}: a leg joins them only then. */
    public boolean precedes(RouteStop next) {
        return next.number() == number + 1;
    }

    /** The same stop dated by only some of its meetings: those a filter keeps. */
    public RouteStop withDates(String dates) {
        return new RouteStop(number, name, dates, lon, lat, placeIds, meetingIds);
    }

    public String label() {
        return number + " " + name + " " + dateLabel;
    }
}
