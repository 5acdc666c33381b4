package org.parley.render.map;

import java.util.List;

/**
 * One numbered stop of the week's route (1 Geneva, 2 Brussels, 3 Vienna).
 *
 * @param placeIds  every venue merged into this stop (Brussels and NATO headquarters are one stop)
 * @param dateLabel the stop's days, e.g. "9–10 Jan"
 */
public record RouteStop(int number, String name, String dateLabel, double lon, double lat, List<String> placeIds) {

    public RouteStop {
        placeIds = List.copyOf(placeIds);
    }

    public String label() {
        return number + " " + name + " " + dateLabel;
    }
}
