package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.model.Dataset;
import org.parley.model.EventFilter;
import org.parley.model.EventKind;
import org.parley.model.SourceFilter;
import org.parley.seed.BundledSeeds;

class FilterNoteTest {

    private static final Dataset WEEK = BundledSeeds.dataset();

    @Test
    void noFacetNoNote() {
        assertEquals(Optional.empty(), FilterNote.of(EventFilter.NONE, WEEK));
    }

    /** The explorer's time filter is named in days of the dataset's zone; its end is exclusive. */
    @Test
    void aTimeRangeIsNamedByItsFirstAndLastDay() {
        ZoneId zone = WEEK.zone();
        Instant from = LocalDate.of(2022, 1, 9).atStartOfDay(zone).toInstant();
        Instant to = LocalDate.of(2022, 1, 11).atStartOfDay(zone).toInstant();
        assertEquals(Optional.of("Filtered: time range 9 Jan 2022 \u2013 10 Jan 2022; 16 events dated only to a month or coarser left out"),
                FilterNote.of(EventFilter.NONE.withRange(from, to), WEEK));
    }

    /**
     * A range open at one end, or one day, is said in words: "time range 12 Jan 2022 – …." had read as a
     * sentence cut short in about.txt and on a web page's first line.
     */
    @Test
    void anOpenRangeOrOneDayIsSaidInWords() {
        ZoneId zone = WEEK.zone();
        Instant wednesday = LocalDate.of(2022, 1, 12).atStartOfDay(zone).toInstant();
        Instant thursday = LocalDate.of(2022, 1, 13).atStartOfDay(zone).toInstant();
        assertEquals(Optional.of("Filtered: kind Meeting; up to 12 Jan 2022; 2 events dated only to a month or coarser "
                + "left out"),
                FilterNote.of(EventFilter.NONE.withKinds(EnumSet.of(EventKind.MEETING)).withRange(null, thursday), WEEK));
        assertEquals(Optional.of("Filtered: from 12 Jan 2022 on; 16 events dated only to a month or coarser left out"),
                FilterNote.of(EventFilter.NONE.withRange(wednesday, null), WEEK));
        assertEquals(Optional.of("Filtered: on 12 Jan 2022; 16 events dated only to a month or coarser left out"),
                FilterNote.of(EventFilter.NONE.withRange(wednesday, thursday), WEEK));
        // Kept when asked, and said so: a file of one day must not pass for what happened on that day alone.
        assertEquals(Optional.of("Filtered: on 12 Jan 2022; 16 events dated only to a month or coarser "
                + "kept"), FilterNote.of(EventFilter.NONE.withRange(wednesday, thursday).withRoughlyDated(true), WEEK));
    }

    /** Two actors' shared events are not either one's: an export of them says whose events they share. */
    @Test
    void actorsAskedForTogetherAreSaidSo() {
        EventFilter shared = EventFilter.NONE.withActors(Set.of("sherman", "russia"))
                .withActorMatch(EventFilter.ActorMatch.ALL);
        assertEquals(Optional.of("Filtered: events shared by Russia and Wendy Sherman"), FilterNote.of(shared, WEEK));
        assertEquals(Optional.of("Filtered: events shared by Alexander Grushko, Russia and Wendy Sherman"),
                FilterNote.of(shared.withActors(Set.of("sherman", "russia", "grushko")), WEEK));
        assertEquals(Optional.of("Filtered: events shared by Alexander Grushko, Russia, Sergei A. Ryabkov and 1 more"),
                FilterNote.of(shared.withActors(Set.of("sherman", "russia", "grushko", "ryabkov")), WEEK));
        // One actor is the same either way, and said as before.
        assertEquals(Optional.of("Filtered: actor Wendy Sherman"),
                FilterNote.of(shared.withActors(Set.of("sherman")), WEEK));
    }

    @Test
    void eachFacetIsNamedInWordsAndLongListsAreShortened() {
        EventFilter f = EventFilter.NONE.withActors(Set.of("sherman", "grushko"))
                .withKinds(EnumSet.of(EventKind.MEETING)).withPlaces(Set.of("brussels"))
                .withSources(SourceFilter.includes("nyt"));
        assertEquals(Optional.of("Filtered: actors Alexander Grushko, Wendy Sherman; kind Meeting; place Brussels; "
                + "reported by The New York Times"), FilterNote.of(f, WEEK));
        EventFilter many = EventFilter.NONE.withActors(Set.of("sherman", "grushko", "fomin", "ryabkov", "putin"));
        assertEquals(Optional.of("Filtered: actors Aleksandr V. Fomin, Alexander Grushko, Vladimir Putin and 2 more"),
                FilterNote.of(many, WEEK));
        assertEquals(Optional.of("Filtered: reported by every paper"),
                FilterNote.of(EventFilter.NONE.withSources(SourceFilter.ALL_SOURCES), WEEK));
    }

    /**
     * Actors are listed as the Filters pane and the Actors tab list them, by surname ({@code ActorOrder}): sorted as
     * text, the note had read "Anatoly Antonov, Dmitry Peskov, Kaja Kallas", by first name, and "the West" after
     * every other name; the first three are the ones named, so the order decides who is said.
     */
    @Test
    void actorsAreListedBySurnameAsThePaneListsThem() {
        EventFilter f = EventFilter.NONE.withActors(Set.of("peskov", "antonov", "kallas"));
        assertEquals(Optional.of("Filtered: actors Anatoly Antonov, Kaja Kallas, Dmitry Peskov"), FilterNote.of(f, WEEK));
        EventFilter shared = EventFilter.NONE.withActors(Set.of("sherman", "west", "stoltenberg", "ryabkov"))
                .withActorMatch(EventFilter.ActorMatch.ALL);
        assertEquals(Optional.of("Filtered: events shared by Sergei A. Ryabkov, Wendy Sherman, Jens Stoltenberg and 1 more"),
                FilterNote.of(shared, WEEK));
        assertEquals(Optional.of("Filtered: actors Jens Stoltenberg, the West"),
                FilterNote.of(EventFilter.NONE.withActors(Set.of("west", "stoltenberg")), WEEK));
    }

    @Test
    void oneNameIsSaidAlone() {
        assertEquals("Dixon", FilterNote.together(List.of("Dixon")));
        assertEquals("Dixon and Ryan", FilterNote.together(List.of("Dixon", "Ryan")));
    }
}
