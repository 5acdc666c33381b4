package org.parley.layout;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.parley.model.Event;
import org.parley.model.EventKind;
import org.parley.model.Participant;
import org.parley.model.Precision;
import org.parley.model.TimeSpan;
import org.parley.model.Track;

/** Events for layout tests, built with the model's own constructors. */
final class TestEvents {

    static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");
    private static final String[] ZONES = {"Europe/Zurich", "Europe/Brussels", "Europe/Vienna", "Europe/Moscow",
        "America/New_York", "UTC"};

    private TestEvents() {
    }

    static Event event(String id, String start, Precision precision, Track track, int order) {
        return event(id, start, null, precision, track, order, GENEVA, "", List.of());
    }

    static Event event(String id, String start, String end, Precision precision, Track track, int order, ZoneId zone,
                       String place, List<String> actors) {
        List<Participant> people = actors.stream().map(a -> new Participant(a, "")).toList();
        return new Event(id, "Event " + id, "", TimeSpan.parse(start, end, precision, zone), order, place,
                List.of(), EventKind.MEETING, "", track, people, List.of(), false, "");
    }

    /** A mixed dataset around the talks: days, hours, minutes, months, seasons, years, decades. */
    static List<Event> random(long seed, int count) {
        Random r = new Random(seed);
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Precision p = Precision.values()[r.nextInt(Precision.values().length)];
            Track track = Track.values()[r.nextInt(Track.values().length)];
            ZoneId zone = ZoneId.of(ZONES[r.nextInt(ZONES.length)]);
            int year = p.atLeast(Precision.MONTH) ? 2021 + r.nextInt(2) : 1990 + r.nextInt(32);
            int month = 1 + r.nextInt(12);
            int day = 1 + r.nextInt(28);
            String start = switch (p) {
                case DECADE -> Integer.toString(1990 + 10 * r.nextInt(3));
                case YEAR -> Integer.toString(year);
                case SEASON, MONTH -> String.format("%04d-%02d", year, month);
                case DAY -> String.format("2022-01-%02d", 5 + r.nextInt(15));
                case HOUR -> String.format("2022-01-%02dT%02d", 5 + r.nextInt(15), r.nextInt(24));
                case MINUTE -> String.format("2022-01-%02dT%02d:%02d", 5 + r.nextInt(15), r.nextInt(24), r.nextInt(60));
            };
            String end = null;
            if (p == Precision.DAY && r.nextInt(5) == 0) {
                end = String.format("2022-01-%02d", 20 + r.nextInt(5));
            }
            String place = r.nextInt(4) == 0 ? "" : "p" + r.nextInt(5);
            List<String> actors = new ArrayList<>();
            for (int a = r.nextInt(4); a > 0; a--) {
                String id = "a" + r.nextInt(8);
                if (!actors.contains(id)) {
                    actors.add(id);
                }
            }
            out.add(event("e" + i, start, end, p, track, r.nextInt(5), zone, place, actors));
        }
        return out;
    }
}
