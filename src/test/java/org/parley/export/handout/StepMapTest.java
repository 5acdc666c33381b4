package org.parley.export.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.parley.layout.map.LambertAzimuthalEqualArea;
import org.parley.layout.map.LonLat;
import org.parley.layout.map.MapPoint;
import org.parley.layout.map.MapViewport;
import org.parley.layout.map.ProjectedBasemap;
import org.parley.layout.map.Projection;
import org.parley.layout.map.ScreenPoint;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.model.Modality;
import org.parley.model.Place;
import org.parley.model.PlaceKind;
import org.parley.model.SourceFilter;
import org.parley.render.RecordingPainter;
import org.parley.render.Theme;
import org.parley.render.map.LabelsOffRings;
import org.parley.render.map.MapLabel;
import org.parley.render.map.MapPainter;
import org.parley.render.map.MapScene;
import org.parley.render.map.RouteStop;
import org.parley.render.map.WeekRoute;
import org.parley.seed.BundledSeeds;

class StepMapTest {

    private static final Projection LAEA = LambertAzimuthalEqualArea.ETRS89_LAEA;
    private static final LonLat GENEVA = new LonLat(6.14, 46.20);
    private static final LonLat TALLINN = new LonLat(24.75, 59.44);
    private static final LonLat WASHINGTON = new LonLat(-77.04, 38.91);

    /** A 600×400 frame at 3 km a pixel with {@code at} {@code fromBottom} pixels above its bottom edge, centred across. */
    private static MapViewport withNearTheBottom(LonLat at, double fromBottom) {
        MapPoint p = LAEA.forward(at.lon(), at.lat());
        double mpp = 3000;
        return new MapViewport(LAEA, p.x(), p.y() + (200 - fromBottom) * mpp, mpp, 600, 400);
    }

    @Test
    void aToldPlaceOnTheBottomEdgeIsBroughtInAboveTheCredit() {
        MapViewport frame = withNearTheBottom(GENEVA, 2);
        MapViewport cleared = StepMap.clearOfTheEdges(frame, List.of(GENEVA, TALLINN));
        ScreenPoint geneva = cleared.project(GENEVA.lon(), GENEVA.lat());
        assertTrue(geneva.y() <= 400 - 25 && geneva.y() >= 14, "Geneva at y " + geneva.y());
        assertTrue(geneva.x() >= 14 && geneva.x() <= 600 - 14, "Geneva at x " + geneva.x());
        assertTrue(cleared.metresPerPixel() < frame.metresPerPixel() * 1.5, "widened a little, not zoomed out far: "
                + cleared.metresPerPixel());
        ScreenPoint before = frame.project(TALLINN.lon(), TALLINN.lat());
        ScreenPoint after = cleared.project(TALLINN.lon(), TALLINN.lat());
        assertTrue(before.y() < 0 && after.y() < 0, "a place well outside stays outside");
    }

    @Test
    void aFrameWithNoPlaceOnItsEdgesIsLeftAlone() {
        MapViewport frame = withNearTheBottom(GENEVA, 200);
        assertSame(frame, StepMap.clearOfTheEdges(frame, List.of(GENEVA, WASHINGTON)));
    }

    /** The opening page's tall map frames the week's places, not Europe from Greenland to Africa. */
    @Test
    void theOpeningMapFramesTheWeeksPlaces() {
        Dataset week = BundledSeeds.dataset();
        List<Event> told = Steps.all(week).stream().filter(s -> !s.isContext())
                .map(Step::event).toList();
        MapViewport v = StepMap.overview(LAEA, week, told, 300, 420);
        for (Place p : StepMap.placesOf(week, told).stream()
                .filter(p -> p.kind() == PlaceKind.CITY || p.kind() == PlaceKind.VENUE)
                .toList()) {
            ScreenPoint s = v.project(p.lon(), p.lat());
            assertTrue(v.containsScreen(s.x(), s.y()), p.id() + " on the frame at " + s);
        }
        ScreenPoint greenland = v.project(-40, 72);
        assertTrue(!v.containsScreen(greenland.x(), greenland.y()), "Greenland is off the frame: " + greenland + " " + v);
        ScreenPoint sahara = v.project(5, 25);
        assertTrue(!v.containsScreen(sahara.x(), sahara.y()), "the Sahara is off the frame");
    }

    /** Filtered to events in Brussels and Moscow, the overview still frames the week's route, which it draws. */
    @Test
    void aFilteredOpeningMapFramesTheWholeRoute() {
        Dataset week = BundledSeeds.dataset();
        List<Event> putin = week.events().stream()
                .filter(e -> e.actors().stream().anyMatch(a -> a.actor().equals("putin"))).toList();
        MapViewport v = StepMap.overview(LAEA, week, putin, 410, 230);
        for (RouteStop stop : WeekRoute.of(week)) {
            ScreenPoint s = v.project(stop.lon(), stop.lat());
            assertTrue(v.containsScreen(s.x(), s.y()), stop.name() + " on the frame at " + s);
        }
    }

    /** A step in Brussels about Ukraine and Georgia frames them too: the map follows what the step is about. */
    /** "Europe" has no point on the map: a step about it keeps its city's frame, not the continent's. */
    @Test
    void aStepAboutEuropeIsFramedOnItsVenue() {
        Dataset week = BundledSeeds.dataset();
        Event offer = week.event("nrc-offer-arms-control").orElseThrow();
        assertTrue(offer.refers().contains("europe"), offer.refers().toString());
        Event meeting = week.event("nrc-leaders-confer").orElseThrow();
        MapViewport aboutEurope = StepMap.viewport(LAEA, week, offer, StepMap.focus(week, offer), 640, 360);
        MapViewport inBrussels = StepMap.viewport(LAEA, week, meeting, StepMap.focus(week, meeting), 640, 360);
        assertEquals(inBrussels.metresPerPixel(), aboutEurope.metresPerPixel(), inBrussels.metresPerPixel() * 0.01);
    }

    @Test
    void aStepFramesTheCountriesItIsAbout() {
        Dataset week = BundledSeeds.dataset();
        Event openDoor = week.event("nrc-allies-open-door").orElseThrow();
        assertTrue(openDoor.refers().containsAll(List.of("ukraine", "georgia")), openDoor.refers().toString());
        MapViewport v = StepMap.viewport(LAEA, week, openDoor, StepMap.focus(week, openDoor), 640, 360);
        for (String id : List.of("nato-hq", "ukraine", "georgia")) {
            Place p = week.place(id).orElseThrow();
            ScreenPoint s = v.project(p.lon(), p.lat());
            assertTrue(v.containsScreen(s.x(), s.y()), id + " on the frame at " + s);
        }
    }

    /** "What comes next" is about Europe at most: no empty map of Europe beside its list. */
    @Test
    void aContextStepAboutRegionsOnlyHasNoMap() {
        Dataset week = BundledSeeds.dataset();
        Step next = Steps.all(week).stream().filter(s -> s.title().equals("What comes next")).findFirst().orElseThrow();
        assertTrue(!StepMap.hasMap(week, next), "no map");
        Step background = Steps.all(week).stream().filter(s -> s.title().startsWith("How we got here")).findFirst()
                .orElseThrow();
        assertTrue(StepMap.hasMap(week, background), "the background has its places");
    }
    /**
     * The NYT's forecast of OSCE negotiations "if Russia decides to pursue its aims diplomatically rather than go to
     * war again in Ukraine" names Ukraine in its condition. Referring to it drew a map of Ukraine on "What comes
     * next", as if something to come lay there, and pushed the page's summaries off it. A conditional event's places
     * are what its condition or forecast names, not where anything happens: they earn no map.
     */
    @Test
    void aPlaceNamedInAForecastsConditionEarnsNoMap() {
        Dataset week = BundledSeeds.dataset();
        List<Event> events = week.events().stream().map(e -> !e.id().equals("osce-future-negotiations")
                ? e : new Event(e.id(), e.title(), e.summary(), e.time(), e.order(), e.place(),
                        List.of("europe", "ukraine"), e.kind(), e.cameo(), e.track(), e.actors(), e.evidence(),
                        e.inferred(), e.note(), e.modality())).toList();
        Dataset forecast = new Dataset(week.title(), week.description(),
                week.declaredFocus().orElse(null), week.declaredZone().orElse(null), week.sources(), week.actors(),
                week.places(), events, week.quotes(), week.divergences(), week.positions());
        assertEquals(Modality.CONDITIONAL,
                forecast.event("osce-future-negotiations").orElseThrow().modality());
        Step next = Steps.all(forecast).stream().filter(s -> s.title().equals("What comes next")).findFirst()
                .orElseThrow();
        assertTrue(!StepMap.hasMap(forecast, next), "no map of Ukraine beside what may come");
    }

    /**
     * On Vienna's slide Geneva's name had taken the room beside Vienna's badge, and "Vienna 13 Jan"
     * hung below on a leader that crossed it: the stop the story is at is named first, beside its badge.
     */
    @Test
    void theStopTheStoryIsAtIsNamedBesideItsOwnBadge() {
        List<Step> steps = Steps.all(WEEK);
        int vienna = lastStepWhere(steps, e -> e.place().equals("vienna"));
        for (double[] size : new double[][] {{412, 234}, {306, 172}, {290, 165}, {640, 360}}) {
            var named = labels(steps, vienna, size).stream()
                    .filter(l -> l.kind() == MapLabel.Kind.ROUTE && l.text().startsWith("Vienna"))
                    .findFirst().orElseThrow();
            assertEquals("Vienna 13 Jan", named.oneLine(), "the date too at " + size[0]);
            assertTrue(!named.leader(), "beside its badge at " + size[0] + ": " + named);
        }
    }

    /**
     * A slide about Ukraine shades it; its circle went unnamed while "Georgia" and the Crimea note took
     * the room beside it. The places the step is about are named before the other hollow circles. (A
     * slide at 1280×720 draws a map of about 312 × 157 at 2.2 times.)
     */
    @Test
    void thePlaceTheStepIsAboutIsNamed() {
        List<Step> steps = Steps.all(WEEK);
        int rejects = lastStepWhere(steps, e -> e.id().equals("nrc-nato-rejects-demands"));
        assertTrue(steps.get(rejects).event().refers().contains("ukraine"));
        for (double[] size : new double[][] {{312, 157}, {300, 150}, {330, 170}, {412, 234}, {640, 360}}) {
            var labels = labels(steps, rejects, size);
            assertTrue(labels.stream().anyMatch(l -> l.kind() == MapLabel.Kind.PLACE
                    && l.text().equals("Ukraine")), "Ukraine is named at " + size[0] + ": " + labels);
        }
        // A teacher's filtered deck (Sherman, in the NYT, 10–12 January) has a wider map, where Geneva's
        // name had taken Ukraine's room: the places the step is about are named before the other stops.
        ZoneId zone = WEEK.zone();
        EventFilter filter = EventFilter.NONE.withActors(Set.of("sherman"))
                .withSources(SourceFilter.includes("nyt"))
                .withRange(LocalDate.of(2022, 1, 10).atStartOfDay(zone).toInstant(),
                        LocalDate.of(2022, 1, 13).atStartOfDay(zone).toInstant());
        List<Step> filtered = Steps.of(WEEK, WEEK.events().stream()
                .filter(filter.in(WEEK)).toList());
        int urge = lastStepWhere(filtered, e -> e.id().equals("nrc-allies-open-door"));
        // A filtered slide's note takes a line, so its map is lower: about 312 × 143 at 1280×720.
        for (double[] size : new double[][] {{312, 143}, {300, 135}, {290, 130}, {312, 157}, {412, 234}}) {
            var labels = labels(filtered, urge, size);
            assertTrue(labels.stream().anyMatch(l -> l.kind() == MapLabel.Kind.PLACE
                    && l.text().equals("Ukraine")), "Ukraine is named in the filtered deck at " + size[0] + ": " + labels);
        }
    }

    /**
     * While the story stays in Brussels the map only ever widens: a class saw it zoom in and out
     * between consecutive steps in the same room.
     */
    @Test
    void theMapHoldsStillWhileTheStoryStaysInOneCity() {
        Dataset week = BundledSeeds.dataset();
        ProjectedBasemap europe = ProjectedBasemap.europe();
        List<Step> steps = Steps.all(week);
        MapViewport before = null;
        String cityBefore = "";
        int held = 0;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            var scene = StepMap.scene(europe, week, steps, i, 640, 360);
            String city = step.isContext() ? "" : week.place(step.event().place())
                    .map(p -> p.within().isEmpty() ? p.id() : p.within()).orElse("");
            if (scene.isPresent() && before != null && !city.isEmpty() && city.equals(cityBefore)) {
                MapViewport now = scene.get().viewport();
                assertTrue(now.metresPerPixel() >= before.metresPerPixel() - 1e-6,
                        "step " + (i + 1) + " zoomed in within " + city + ": " + before.metresPerPixel() + " → " + now.metresPerPixel());
                held += now.equals(before) ? 1 : 0;
            }
            before = scene.map(m -> m.viewport()).orElse(null);
            cityBefore = city;
        }
        assertTrue(held > 5, "consecutive steps in one city keep one frame: " + held);
    }

    /** The maps of a slide at 1280×720 (at 2.2 times): beside a summary, beside a quotation, and lower. */
    private static final double[][] SLIDE_MAPS = {{312, 177}, {312, 157}, {268, 157}};

    /** A step's map at one of {@link #SLIDE_MAPS}'s sizes; {@code where} names both for a failure. */
    private record SlideMap(MapScene scene, String where) {
    }

    /** Every step's map, at every slide size, for the steps that have one. */
    private static List<SlideMap> slideMaps() {
        List<Step> steps = Steps.all(WEEK);
        List<SlideMap> maps = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            for (double[] size : SLIDE_MAPS) {
                String where = "step " + (i + 1) + " at " + size[0] + "×" + size[1];
                StepMap.scene(ProjectedBasemap.europe(), WEEK, steps, i, size[0], size[1])
                        .ifPresent(scene -> maps.add(new SlideMap(scene, where)));
            }
        }
        return maps;
    }

    /**
     * On most Brussels slides Geneva's "1" stood with no name beside Brussels' large marker, while
     * "Ukraine", "Georgia" and the Crimea note kept theirs: every stop on a slide's map is named.
     */
    @Test
    void everyStopIsNamedOnTheBrusselsSlides() {
        List<Step> steps = Steps.all(WEEK);
        int maps = 0;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            boolean brussels = !step.isContext() && WEEK.place(step.event().place())
                    .map(p -> p.id().equals("brussels") || p.within().equals("brussels")).orElse(false);
            if (!brussels) {
                continue;
            }
            for (double[] size : SLIDE_MAPS) {
                var scene = StepMap.scene(ProjectedBasemap.europe(), WEEK, steps, i, size[0], size[1])
                        .orElseThrow();
                var labels = labels(steps, i, size);
                for (RouteStop stop : scene.route()) {
                    assertTrue(labels.stream().anyMatch(l -> l.kind() == MapLabel.Kind.ROUTE
                            && l.oneLine().startsWith(stop.name())), "step " + (i + 1) + " names " + stop.name() + " at "
                            + size[0] + "×" + size[1] + ": " + labels.stream().map(l -> l.oneLine()).toList());
                }
                maps++;
            }
        }
        assertTrue(maps > 40, "Brussels slides checked: " + maps);
    }

    /** The selection ring ran under "Brussels 12 Jan" on the Brussels slides: no label lies on a ring on any slide. */
    @Test
    void noLabelLiesOnTheSelectionRingOfASlide() {
        int rings = 0;
        for (SlideMap map : slideMaps()) {
            rings += LabelsOffRings.assertNoLabelOnARing(map.scene(), map.where());
        }
        assertTrue(rings > 60, "rings drawn: " + rings);
    }

    /**
     * The Geneva → Brussels arrow showed on step 6 and not on step 7, "NATO–Russia meeting in Brussels", nor on most
     * later steps: on every slide, each leg of the route so far is drawn.
     */
    @Test
    void everyLegOfTheRouteSoFarIsDrawnOnEverySlide() {
        int legs = 0;
        for (SlideMap map : slideMaps()) {
            if (map.scene().route().size() < 2) {
                continue;
            }
            var painter = new RecordingPainter();
            new MapPainter().paint(painter, map.scene(), Theme.LIGHT);
            long drawn = painter.named("polyline").stream()
                    .filter(op -> op.colour().equals(Theme.LIGHT.route())).count();
            assertEquals(map.scene().route().size() - 1, drawn, "legs on " + map.where());
            legs += (int) drawn;
        }
        assertTrue(legs > 60, "legs drawn: " + legs);
    }

    /** A class saw "Crimea (annexed by Russia, 2014)" on some slides and "Crimea (annexed 2014)" on others: one wording. */
    @Test
    void theCrimeaNoteHasOneWordingOnEverySlide() {
        List<Step> steps = Steps.all(WEEK);
        Set<String> wordings = new TreeSet<>();
        for (int i = 0; i < steps.size(); i++) {
            for (double[] size : new double[][] {{312, 177}, {312, 157}, {268, 157}, {412, 234}, {640, 360}}) {
                if (StepMap.hasMap(WEEK, steps.get(i))) {
                    labels(steps, i, size).stream().map(l -> l.oneLine()).filter(t -> t.startsWith("Crimea (")).forEach(wordings::add);
                }
            }
        }
        assertEquals(Set.of("Crimea (annexed 2014)"), wordings);
    }

    /** The index of the last event step whose event {@code matches}; fails when there is none. */
    private static int lastStepWhere(List<Step> steps, Predicate<Event> matches) {
        int found = -1;
        for (int i = 0; i < steps.size(); i++) {
            if (!steps.get(i).isContext() && matches.test(steps.get(i).event())) {
                found = i;
            }
        }
        assertTrue(found >= 0, "no such step");
        return found;
    }

    /**
     * Kallas's slide named Geneva without its days ("Geneva", not "Geneva 9–10 Jan") while room for them lay
     * beside Geneva's badge on its other side: on every slide, each stop is named with its days.
     */
    @Test
    void everyStopIsNamedWithItsDaysOnEverySlide() {
        List<String> undated = new ArrayList<>();
        for (SlideMap map : slideMaps()) {
            var painter = new MapPainter();
            painter.paint(new RecordingPainter(), map.scene(), Theme.LIGHT);
            for (RouteStop stop : map.scene().route()) {
                painter.lastLabels().stream()
                        .filter(l -> l.kind() == MapLabel.Kind.ROUTE
                                && l.oneLine().startsWith(stop.name()) && !l.oneLine().contains(stop.dateLabel()))
                        .forEach(l -> undated.add(map.where() + ": " + l.oneLine()));
            }
        }
        assertEquals(List.of(), undated);
    }

    /**
     * A handout of 10 January drew the week's route, Brussels' and Vienna's numbered stops too, under "The week on the
     * map", as if its steps told them: its title says the route is the whole week's. The week's own handout, whose
     * steps reach every stop, keeps its title.
     */
    @Test
    void anOpeningMapWhoseRouteGoesBeyondTheHandoutSaysSo() {
        ProjectedBasemap europe = ProjectedBasemap.europe();
        List<Event> monday = WEEK.events().stream()
                .filter(e -> e.time().startDate().equals(LocalDate.of(2022, 1, 10))).toList();
        assertEquals("The whole week's route", OpeningPage.map(europe, WEEK, Steps.of(WEEK, monday), 515, 300).title());
        assertEquals("The week on the map", OpeningPage.map(europe, WEEK, Steps.all(WEEK), 515, 300).title());
    }

    private static final Dataset WEEK = BundledSeeds.dataset();

    /** The labels the map of step {@code index} gets at {@code size} (width, height). */
    private static List<MapLabel> labels(List<Step> steps, int index, double[] size) {
        var scene = StepMap.scene(ProjectedBasemap.europe(), WEEK, steps, index, size[0], size[1])
                .orElseThrow();
        MapPainter painter = new MapPainter();
        painter.paint(new RecordingPainter(), scene, Theme.LIGHT);
        return painter.lastLabels();
    }
}
