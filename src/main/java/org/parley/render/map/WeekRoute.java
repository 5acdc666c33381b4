package org.parley.render.map;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventKind;
import org.parley.model.Place;
import org.parley.model.PlaceKind;
import org.parley.model.Precision;
import org.parley.model.Track;

/**
 * The route of the week, read from the data rather than written down: the venues of the
 * day-precision meetings in the three talk tracks, in date order. Only meetings count: the tracks
 * also hold statements made elsewhere (the Russian ambassador speaking in Washington on the day of
 * the Brussels meeting), and the delegations did not travel there. Venues a few kilometres apart
 * on consecutive meetings (Brussels and NATO headquarters) are one stop. A dataset with more than
 * {@value #MAX_STOPS} stops (a year of coded events) has no route.
 */
public final class WeekRoute {

    private static final Set<Track> TALKS = EnumSet.of(Track.GENEVA_TALKS, Track.NATO_RUSSIA_COUNCIL, Track.OSCE_VIENNA);
    // Venues closer than this belong to the same city: NATO headquarters is about 5 km from central Brussels.
    static final double SAME_STOP_KM = 30;
    /** More stops than this is not a route but a scatter; none is drawn. */
    static final int MAX_STOPS = 12;
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM u", Locale.ENGLISH);

    private WeekRoute() {
    }

    public static List<RouteStop> of(Dataset dataset) {
        List<Draft> drafts = new ArrayList<>();
        for (Event event : dataset.eventsInNarrativeOrder()) {
            if (!isMeeting(event)) {
                continue;
            }
            Optional<Place> venue = dataset.place(event.place());
            if (venue.isEmpty()) {
                continue;
            }
            Draft last = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
            if (last != null && Geo.kilometres(last.anchor, venue.get()) < SAME_STOP_KM) {
                last.add(venue.get(), event);
            } else {
                drafts.add(new Draft(venue.get(), event));
            }
        }
        if (drafts.size() > MAX_STOPS) {
            // A year of coded meetings is no journey a reader can follow: numbered badges by the
            // hundred would bury the map. The circles still show where the meetings were.
            return List.of();
        }
        List<RouteStop> stops = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            stops.add(drafts.get(i).toStop(i + 1));
        }
        return stops;
    }

    /** A day-precision meeting of the talks: what makes a stop of the route. */
    private static boolean isMeeting(Event event) {
        return event.time().precision() == Precision.DAY && TALKS.contains(event.track())
                && event.kind() == EventKind.MEETING;
    }

    /** A stop's days, "9–10 Jan", from its first and last meeting days. */
    static String dateLabel(LocalDate first, LocalDate last) {
        if (first.equals(last)) {
            return DAY_MONTH.format(first);
        }
        if (first.getYear() != last.getYear()) {
            // Meetings a year apart at one venue: "10–9 Jan" had read as a week's days, backwards.
            return DAY_MONTH_YEAR.format(first) + " – " + DAY_MONTH_YEAR.format(last);
        }
        if (first.getMonth() == last.getMonth()) {
            return first.getDayOfMonth() + "–" + DAY_MONTH.format(last);
        }
        return DAY_MONTH.format(first) + " – " + DAY_MONTH.format(last);
    }

    private static final class Draft {
        private final Place anchor;
        private Place named;
        private final List<String> placeIds = new ArrayList<>();
        private final List<String> meetingIds = new ArrayList<>();
        private LocalDate first;
        private LocalDate last;

        Draft(Place venue, Event meeting) {
            anchor = venue;
            named = venue;
            first = meeting.time().startDate();
            last = first;
            placeIds.add(venue.id());
            meetingIds.add(meeting.id());
        }

        void add(Place venue, Event meeting) {
            LocalDate day = meeting.time().startDate();
            meetingIds.add(meeting.id());
            if (!placeIds.contains(venue.id())) {
                placeIds.add(venue.id());
            }
            // A stop is named after its city, not after a building in it.
            if (named.kind() != PlaceKind.CITY && venue.kind() == PlaceKind.CITY) {
                named = venue;
            }
            first = day.isBefore(first) ? day : first;
            last = day.isAfter(last) ? day : last;
        }

        RouteStop toStop(int number) {
            return new RouteStop(number, cityName(named), dates(), named.lon(), named.lat(), placeIds, meetingIds);
        }

        private String dates() {
            return dateLabel(first, last);
        }

        // "NATO headquarters, Brussels" names its city after the last comma.
        private static String cityName(Place place) {
            String name = place.name();
            int comma = name.lastIndexOf(',');
            return place.kind() == PlaceKind.VENUE && comma >= 0 ? name.substring(comma + 1).trim() : name;
        }
    }
}
