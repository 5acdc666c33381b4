package org.parley.render;

import org.parley.model.Actor;
import org.parley.model.ActorGroup;
import org.parley.model.ActorKind;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventKind;
import org.parley.model.Participant;
import org.parley.model.Place;
import org.parley.model.PlaceKind;
import org.parley.model.Precision;
import org.parley.model.TimeSpan;
import org.parley.model.Track;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random datasets for declutter and layout tests: actors with skewed activity (a few busy, most
 * quiet, as in real coverage) and places scattered over Europe, some far outside it.
 */
public final class RandomWorld {

    private RandomWorld() {
    }

    public static Dataset of(int events, int actors, int places, long seed) {
        Random r = new Random(seed);
        List<Actor> actorList = new ArrayList<>();
        for (int i = 0; i < actors; i++) {
            actorList.add(new Actor("a" + i, "Person Number" + i, List.of(), ActorKind.PERSON,
                    ActorGroup.values()[i % ActorGroup.values().length], "", "", ""));
        }
        List<Place> placeList = new ArrayList<>();
        for (int i = 0; i < places; i++) {
            boolean far = i % 25 == 7;
            double lat = far ? 10 + r.nextDouble() * 40 : 36 + r.nextDouble() * 28;
            double lon = far ? -120 + r.nextDouble() * 60 : -9 + r.nextDouble() * 45;
            placeList.add(new Place("p" + i, "Town " + i, lat, lon, PlaceKind.CITY, "", ""));
        }
        List<Event> eventList = new ArrayList<>();
        ZoneId zone = ZoneId.of("UTC");
        for (int i = 0; i < events; i++) {
            // Squaring a uniform draw makes low ids busy: a few key actors and a long tail.
            int a = (int) (actors * Math.pow(r.nextDouble(), 2));
            int b = (int) (actors * Math.pow(r.nextDouble(), 2));
            int p = (int) (places * Math.pow(r.nextDouble(), 1.5));
            LocalDateTime day = LocalDate.of(2022, 1, 1).plusDays(r.nextInt(60)).atStartOfDay();
            List<Participant> who = a == b ? List.of(new Participant("a" + a, ""))
                    : List.of(new Participant("a" + a, ""), new Participant("a" + b, ""));
            eventList.add(new Event("e" + i, "Event " + i, "", new TimeSpan(day, day.plusDays(1), Precision.DAY, zone),
                    i, "p" + p, List.of(), EventKind.MEETING, "040", Track.values()[i % Track.values().length], who,
                    List.of(), false, ""));
        }
        return new Dataset("Random world " + seed, "", List.of(), actorList, placeList, eventList, List.of(),
                List.of());
    }
}
