package org.parley.export.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parley.cli.SyntheticDataAccess;
import org.parley.layout.map.MapViewport;
import org.parley.layout.map.ProjectedBasemap;
import org.parley.layout.map.ScreenPoint;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.model.EventKind;
import org.parley.model.Precision;
import org.parley.render.FontSpec;
import org.parley.render.Painter;
import org.parley.render.Theme;
import org.parley.render.awt.Java2DPainter;
import org.parley.render.label.Rect;
import org.parley.render.map.MapLabel;
import org.parley.render.map.MapPainter;
import org.parley.render.map.PlaceMarker;
import org.parley.render.map.RouteStop;

/** The dashboard is a slide: read from the back of a class, with every event of the week on it. */
class DashboardSlideTest {

    private static final Pattern MORE = Pattern.compile("\\+ (\\d+) more");

    private static Selection focusWeek() {
        return Selection.of(WeekData.seeds(), ImageRequest.of(View.DASHBOARD, ImageFormat.PNG)
                .resolvedFor(WeekData.seeds()));
    }

    private static TypeProbe paint(DashboardFigure figure) {
        TypeProbe probe = new TypeProbe((int) figure.width(), (int) figure.height());
        figure.paint(probe);
        return probe;
    }

    @Test
    void everyTextIsAtLeastThreePercentOfTheSlideHeight() {
        for (DashboardShape shape : DashboardShape.values()) {
            DashboardFigure figure = DashboardFigure.of(focusWeek(), Theme.LIGHT, shape);
            TypeProbe probe = paint(figure);
            double least = 0.03 * figure.height();
            assertTrue(probe.texts.size() > 30, "the slide says something");
            for (TypeProbe.Text t : probe.texts) {
                assertTrue(t.size() >= least - 0.01, shape + ": \"" + t.text() + "\" is " + t.size() + " px");
            }
        }
        // Shown on a 1280×720 projector, 3 % of 1080 is still 21.6 px: the rule holds at both sizes.
        assertEquals(1080, DashboardFigure.of(focusWeek(), Theme.LIGHT, DashboardShape.WIDE).height());
    }

    /**
     * The timeline exported for a slide: the dashboard's rows of days alone, filling a 16:9 frame at
     * slide type, where the timeline view is a tall report (1600 × 2834 px, 13 px cards).
     */
    @Test
    void theTimelineSlideIsTheWeeksRowsAloneInASlidesFrameAndType() {
        for (DashboardShape shape : DashboardShape.values()) {
            DashboardFigure slide = DashboardFigure.timelineOnly(focusWeek(), Theme.LIGHT, shape);
            DashboardFigure dashboard = DashboardFigure.of(focusWeek(), Theme.LIGHT, shape);
            assertEquals(shape.heightFor(DashboardFigure.WIDTH), slide.height(), 0.01);
            assertTrue(slide.map() == null && slide.actors() == null, "no panels below");
            assertTrue(slide.timeline() instanceof PeriodRowsFigure);
            assertTrue(slide.timeline().height() > dashboard.timeline().height(), "the rows have the panels' room too");
            TypeProbe probe = paint(slide);
            List<String> texts = probe.texts.stream().map(TypeProbe.Text::text).toList();
            assertTrue(texts.stream().noneMatch(t -> t.equals("Places") || t.equals("Actors")), texts.toString());
            assertTrue(texts.stream().noneMatch(t -> t.contains("Natural Earth")), "no map, so no basemap credit");
            for (TypeProbe.Text t : probe.texts) {
                assertTrue(t.size() >= 0.03 * slide.height() - 0.01, shape + ": \"" + t.text() + "\" is " + t.size() + " px");
            }
        }
    }

    /**
     * Every row that has events names one at least: one long title, most telling, left the papers'
     * "Jan 2022" as "+ 16 more" and sixteen dots, with room for shorter titles beside them.
     */
    @Test
    void everyRowOfTheTimelineSlideNamesAnEvent() {
        for (DashboardShape shape : DashboardShape.values()) {
            PeriodRowsFigure rows = (PeriodRowsFigure) DashboardFigure.timelineOnly(focusWeek(), Theme.LIGHT, shape)
                    .timeline();
            List<Integer> titled = rows.titled(new TypeProbe(1920, 1080));
            for (int i = 0; i < rows.rows().size(); i++) {
                PeriodRowsFigure.Row row = rows.rows().get(i);
                assertTrue(row.events().isEmpty() || titled.get(i) > 0, shape + ": " + row.label() + " names none of its "
                        + row.events().size() + " events");
            }
        }
    }

    /**
     * The rows give every event a dot in its kind's colour, most of the busiest day's with no title beside
     * them ("+ 30 more" and thirty dots): the slide keys the colours, naming only the kinds it draws.
     */
    @Test
    void theSlidesNameTheKindsTheirDotsAreColouredBy() {
        Set<String> drawn = new TreeSet<>();
        focusWeek().events().forEach(e -> drawn.add(e.kind().label()));
        for (DashboardShape shape : DashboardShape.values()) {
            for (DashboardFigure figure : List.of(DashboardFigure.of(focusWeek(), Theme.LIGHT, shape),
                    DashboardFigure.timelineOnly(focusWeek(), Theme.LIGHT, shape))) {
                TypeProbe probe = paint(figure);
                List<String> texts = probe.texts.stream().map(TypeProbe.Text::text).toList();
                assertTrue(texts.containsAll(drawn), shape + ": " + drawn + " keyed in " + texts);
                assertTrue(!texts.contains(EventKind.ECONOMY.label()), "no event of the week is one");
                for (TypeProbe.Text t : probe.texts) {
                    assertTrue(t.size() >= 0.03 * figure.height() - 0.01, shape + ": \"" + t.text() + "\" is " + t.size());
                }
            }
        }
        Selection meetings = Selection.of(WeekData.seeds(), ImageRequest.of(View.TIMELINE_SLIDE, ImageFormat.PNG)
                .withFilter(EventFilter.NONE.withKinds(
                        Set.of(EventKind.MEETING)))
                .resolvedFor(WeekData.seeds()));
        List<String> texts = paint(DashboardFigure.timelineOnly(meetings, Theme.LIGHT, DashboardShape.WIDE)).texts.stream()
                .map(TypeProbe.Text::text).toList();
        assertTrue(texts.contains("Meeting") && !texts.contains("Statement"), "the meetings' key: " + texts);
    }

    /** Filtered, a day without the chosen events may have others: it said "no event dated to this day". */
    @Test
    void aFilteredSlidesEmptyDayIsNotCalledEventless() {
        Selection sherman = Selection.of(WeekData.seeds(), ImageRequest.of(View.TIMELINE_SLIDE, ImageFormat.PNG)
                .withFilter(EventFilter.NONE.withActors(Set.of("sherman")))
                .resolvedFor(WeekData.seeds()));
        List<String> texts = paint(DashboardFigure.timelineOnly(sherman, Theme.LIGHT, DashboardShape.WIDE)).texts.stream()
                .map(TypeProbe.Text::text).toList();
        assertTrue(texts.contains("none of the chosen events"), texts.toString());
        assertTrue(!texts.contains("no event dated to this day"), texts.toString());
        List<String> whole = paint(DashboardFigure.timelineOnly(focusWeek(), Theme.LIGHT, DashboardShape.WIDE)).texts.stream()
                .map(TypeProbe.Text::text).toList();
        assertTrue(whole.contains("no event dated to this day"), "Tuesday of the whole week: " + whole);
    }

    @Test
    void theWeekIsRowsOfDaysWithEveryEventTitledOrCounted() {
        Selection sel = focusWeek();
        DashboardFigure figure = DashboardFigure.of(sel, Theme.LIGHT, DashboardShape.WIDE);
        assertTrue(figure.timeline() instanceof PeriodRowsFigure, "a week is drawn as rows of days");
        PeriodRowsFigure week = (PeriodRowsFigure) figure.timeline();
        assertEquals(PeriodRowsFigure.Unit.DAY, week.unit());
        TypeProbe probe = new TypeProbe(1920, 1080);
        week.paint(probe);
        List<String> texts = probe.texts.stream().map(TypeProbe.Text::text).toList();
        assertTrue(texts.containsAll(List.of("Sun 9 Jan", "Mon 10 Jan", "Tue 11 Jan", "Wed 12 Jan", "Thu 13 Jan")),
                texts.toString());
        assertTrue(texts.contains("no event dated to this day"), "Tuesday is shown, and shown empty");
        int counted = 0;
        for (String t : texts) {
            Matcher m = MORE.matcher(t);
            if (m.matches()) {
                counted += Integer.parseInt(m.group(1));
            }
        }
        int titled = week.titled(probe).stream().mapToInt(Integer::intValue).sum();
        assertEquals(sel.events().size(), titled + counted, "every event is titled or counted");
        // Each event has its dot: the titled ones before their titles, the counted ones after "+ N more".
        assertEquals(sel.events().size(), probe.ovals);
        String all = String.join(" ", texts);
        for (Event e : sel.events()) {
            if (e.title().equals("NATO–Russia meeting in Brussels")) {
                assertTrue(all.contains(e.title()), "the day's meeting comes first and is written out");
            }
        }
        assertTrue(all.contains("Informal dinner in Geneva opens the week of talks"), all);
        assertTrue(all.contains("OSCE meeting in Vienna (scheduled)"), "a scheduled meeting is not shown as held: " + all);
    }

    /** A title of one's own wraps to a second line before it is cut (`--title` takes up to 500 characters). */
    @Test
    void aLongTitleOfOnesOwnWrapsToTwoLines() {
        String own = "A very long title of my own for a class on the diplomacy of January 2022 between the United States, "
                + "NATO and Russia, in three cities";
        Selection sel = Selection.of(WeekData.seeds(), ImageRequest.of(View.DASHBOARD, ImageFormat.PNG).withTitle(own)
                .resolvedFor(WeekData.seeds()));
        DashboardFigure figure = DashboardFigure.of(sel, Theme.LIGHT, DashboardShape.WIDE);
        assertEquals(2, figure.title().size(), figure.title().toString());
        assertEquals(own, String.join(" ", figure.title()));
        TypeProbe probe = paint(figure);
        assertTrue(probe.texts.stream().map(TypeProbe.Text::text).toList().containsAll(figure.title()));
    }

    /** The exported timeline says of the caption's meeting what it is known from, as the slides and the dashboard do. */
    @Test
    void theTimelineSaysWhatACaptionsEventIsKnownFrom() {
        Selection sel = Selection.of(WeekData.seeds(), ImageRequest.of(View.TIMELINE, ImageFormat.PNG)
                .resolvedFor(WeekData.seeds()));
        TimelineFigure figure = TimelineFigure.standalone(sel, 1600, Theme.LIGHT);
        TypeProbe probe = new TypeProbe((int) figure.width(), (int) figure.height());
        figure.paint(probe);
        String all = String.join(" ", probe.texts.stream().map(TypeProbe.Text::text).toList());
        assertTrue(all.contains("(photo caption)"), all);
        assertEquals(1, all.split("\\(photo caption\\)", -1).length - 1, "one event of the week rests on a caption alone");
    }

    /** A photo caption's meeting comes last of its strand, and says what it is known from wherever it is written out. */
    @Test
    void anEventKnownOnlyFromACaptionComesLastAndSaysSo() {
        Selection sel = focusWeek();
        Dataset week = sel.data();
        Event confer = week.event("nrc-leaders-confer").orElseThrow();
        assertTrue(week.restsOnlyOnNonReporting(confer), "fixture: known only from the Post's photo caption");
        List<Event> wednesday = sel.events().stream().filter(e -> e.time().startDate().equals(confer.time().startDate())
                && e.time().precision() == Precision.DAY).toList();
        List<Event> told = PeriodRowsFigure.tellingFirst(wednesday, Set.of(confer.id()));
        List<Event> strand = told.stream().filter(e -> e.track() == confer.track()).toList();
        assertEquals(confer, strand.get(strand.size() - 1), "last of the meeting's strand");
        Flow flow = Flow.of(List.of(confer), 4000, 20, t -> t.length() * 10.0, Map.of(confer.id(), "photo caption"), 10);
        String written = flow.lay(1, t -> t.length() * 10.0).pieces().stream().filter(p -> p.text() != null)
                .map(Flow.Piece::text).reduce("", String::concat);
        assertTrue(written.endsWith("(photo caption)"), written);
    }

    /**
     * Filtered to one actor, the week's route is still drawn: its three stops stay on the map, each
     * named once, and the credit says the whole of what the filter left out rather than "actor…",
     * then the basemap's credit, which the map leaves to it.
     */
    /**
     * The country most events are about is named on the small map: ringed by smaller circles and the
     * route's names, Ukraine's circle went unnamed while Romania and Turkey were named.
     */
    @Test
    void theBusiestCountryIsNamedOnTheMap() {
        for (DashboardShape shape : DashboardShape.values()) {
            DashboardFigure figure = DashboardFigure.of(focusWeek(), Theme.LIGHT, shape);
            MapFigure map = (MapFigure) ((Scaled) figure.map()).inner();
            String busiest = map.scene().markers().stream().filter(m -> !m.isSite())
                    .max(Comparator.comparingInt(PlaceMarker::events))
                    .orElseThrow().place().name();
            TypeProbe mapTexts = new TypeProbe((int) map.width(), (int) map.height());
            map.paint(mapTexts);
            List<String> texts = mapTexts.texts.stream().map(TypeProbe.Text::text).toList();
            assertTrue(texts.contains(busiest), shape + ": " + busiest + " unnamed among " + texts);
        }
    }

    /**
     * The map follows the story, so each of its stops is named on every slide shape. On 4:3 and A4 the map is about
     * 220 × 111 px before it is enlarged: Geneva's "1" stood in the panel's corner with no room for a name, Brussels'
     * "2" had its name centred off the panel, and only Vienna was named, while Ukraine, Georgia and Moscow were.
     * Each name lies clear of every badge and every other name.
     */
    @Test
    void everyStopIsNamedOnTheMapOfEveryShape() {
        for (DashboardShape shape : DashboardShape.values()) {
            MapFigure map = (MapFigure) ((Scaled) DashboardFigure.of(focusWeek(), Theme.DARK, shape).map()).inner();
            TypeProbe drawn = new TypeProbe((int) map.width(), (int) map.height());
            MapPainter painter = new MapPainter();
            painter.paint(drawn, map.scene(), Theme.DARK);
            List<String> texts = drawn.texts.stream().map(TypeProbe.Text::text).toList();
            assertEquals(3, map.scene().route().size());
            for (RouteStop stop : map.scene().route()) {
                assertTrue(texts.contains(stop.name()) || texts.contains(stop.name() + " " + stop.dateLabel()),
                        shape + ": " + stop.name() + " unnamed among " + texts);
            }
            List<MapLabel> labels = painter.lastLabels();
            for (MapLabel label : labels) {
                for (ScreenPoint badge : painter.lastBadges()) {
                    double r = 9;
                    assertTrue(!label.box().overlaps(new Rect(badge.x() - r, badge.y() - r, 2 * r, 2 * r)),
                            shape + ": " + label.oneLine() + " covers a badge");
                }
                for (MapLabel other : labels) {
                    assertTrue(other == label || !label.box().overlaps(other.box()),
                            shape + ": " + label.oneLine() + " on " + other.oneLine());
                }
            }
        }
    }

    /**
     * Found by a helper, 2026-12-07: the A4 and 4:3 dashboards named "Brussels 12 Jan" and "Vienna 13 Jan" on the map but
     * Geneva without "9–10 Jan", and nothing on the slide said when the talks were there. Each stop's days are on the
     * slide: beside its name on the map, else after the map's panel title ("Dates: Geneva 9–10 Jan"), as a
     * presentation slide says them under its map.
     */
    @Test
    void everyStopsDaysAreOnTheSlideOfEveryShape() {
        for (DashboardShape shape : DashboardShape.values()) {
            for (Theme theme : List.of(Theme.LIGHT, Theme.DARK, Theme.PRINT)) {
                DashboardFigure figure = DashboardFigure.of(focusWeek(), theme, shape);
                MapFigure map = (MapFigure) ((Scaled) figure.map()).inner();
                MapPainter painter = new MapPainter();
                painter.paint(new TypeProbe((int) map.width(), (int) map.height()), map.scene(), theme);
                List<String> onMap = painter.lastLabels().stream().map(MapLabel::oneLine).toList();
                List<String> onSlide = paint(figure).texts.stream().map(TypeProbe.Text::text).toList();
                for (RouteStop stop : map.scene().route()) {
                    String dated = stop.name() + " " + stop.dateLabel();
                    assertTrue(onMap.contains(dated) || onSlide.stream().anyMatch(t -> t.startsWith("· Dates: ")
                            && t.contains(dated)), shape + ", " + theme.name() + ": " + dated + " is on neither the map " + onMap
                            + " nor the slide " + onSlide);
                }
            }
        }
    }

    @Test
    void aFilteredDashboardKeepsTheRouteOnTheMapAndSaysWhatItLeftOut() {
        Selection grushko = Selection.of(WeekData.seeds(), ImageRequest.of(View.DASHBOARD, ImageFormat.PNG)
                .withActors(Set.of("grushko")).resolvedFor(WeekData.seeds()));
        for (DashboardShape shape : DashboardShape.values()) {
            DashboardFigure figure = DashboardFigure.of(grushko, Theme.LIGHT, shape);
            MapFigure map = (MapFigure) ((Scaled) figure.map()).inner();
            MapViewport frame = map.scene().viewport();
            for (RouteStop stop : map.scene().route()) {
                ScreenPoint at = frame.project(stop.lon(), stop.lat());
                assertTrue(at.x() > 0 && at.x() < frame.width() && at.y() > 0 && at.y() < frame.height(),
                        shape + ": " + stop.name() + " is off the map at " + at);
            }
            TypeProbe probe = paint(figure);
            List<String> texts = probe.texts.stream().map(TypeProbe.Text::text).toList();
            assertEquals(1, texts.stream().filter(t -> t.startsWith("Geneva")).count(), shape + ": " + texts);
            String credit = String.join(" ", figure.credit());
            assertTrue(credit.contains("Filtered: actor Alexander Grushko · "), shape + ": " + credit);
            // The basemap's credit is the slide's, whole, and no longer covers a corner of its small map.
            assertTrue(credit.endsWith(ProjectedBasemap.CREDIT), shape + ": " + credit);
            TypeProbe mapTexts = new TypeProbe((int) map.width(), (int) map.height());
            map.paint(mapTexts);
            assertTrue(mapTexts.texts.stream().noneMatch(t -> t.text().contains("Natural Earth")), shape + ": map");
        }
    }

    /**
     * Everything, 1990 to 2022, is rows of the periods that have events, in time order, every text
     * at slide size: a timeline proper of three decades at 1920 px would be type of a few pixels.
     */
    @Test
    void aLongRangeIsRowsOfPeriodsAtSlideType() {
        Selection everything = Selection.of(WeekData.seeds(),
                ImageRequest.of(View.DASHBOARD, ImageFormat.PNG).withEverything().resolvedFor(WeekData.seeds()));
        DashboardFigure figure = DashboardFigure.of(everything, Theme.LIGHT, DashboardShape.WIDE);
        assertTrue(figure.timeline() instanceof PeriodRowsFigure, figure.timeline().getClass().toString());
        PeriodRowsFigure rows = (PeriodRowsFigure) figure.timeline();
        assertTrue(rows.unit().compareTo(PeriodRowsFigure.Unit.DAY) > 0, rows.unit().toString());
        List<String> labels = rows.rows().stream().map(PeriodRowsFigure.Row::label).toList();
        assertTrue(labels.stream().anyMatch(l -> l.contains("2022")), labels.toString());
        assertTrue(labels.stream().anyMatch(l -> l.startsWith("199")), "the 1990s background has its row: " + labels);
        List<Instant> firsts = rows.rows().stream().map(r -> r.events().stream().map(e -> e.time().startInstant())
                .min(Comparator.naturalOrder()).orElseThrow()).toList();
        assertEquals(firsts.stream().sorted().toList(), firsts, "rows in time order: " + labels);
        assertEquals(everything.events().size(), rows.rows().stream().mapToInt(r -> r.events().size()).sum(),
                "every event is in one row");
        TypeProbe probe = paint(figure);
        for (TypeProbe.Text t : probe.texts) {
            assertTrue(t.size() >= 0.03 * figure.height() - 0.01, "\"" + t.text() + "\" is " + t.size() + " px");
        }
        String all = String.join(" ", probe.texts.stream().map(TypeProbe.Text::text).toList());
        assertTrue(all.contains("NATO–Russia meeting in Brussels"), "the week's meeting leads its row: " + all);
    }

    /**
     * Tens of thousands of events over decades: rows of years or decades, each with titles written out
     * and the rest counted, not a line of dots and nothing else.
     */
    @Test
    void yearsOfThousandsOfEventsStillShowTitles() {
        Dataset big = SyntheticDataAccess.dataset(20_000);
        Selection sel = Selection.of(big, ImageRequest.of(View.DASHBOARD, ImageFormat.PNG).withEverything().resolvedFor(big));
        DashboardFigure figure = DashboardFigure.of(sel, Theme.LIGHT, DashboardShape.WIDE);
        assertTrue(figure.timeline() instanceof PeriodRowsFigure, figure.timeline().getClass().toString());
        PeriodRowsFigure rows = (PeriodRowsFigure) figure.timeline();
        TypeProbe probe = paint(figure);
        List<Integer> titled = rows.titled(probe);
        int counted = countedMore(probe);
        assertEquals(sel.events().size(), titled.stream().mapToInt(Integer::intValue).sum() + counted,
                "every event is titled or counted");
        assertTrue(titled.stream().allMatch(n -> n > 0), "every row writes out at least one title: " + titled);
        assertTrue(figure.height() <= 1080 && rows.height() < figure.height() * 0.6, "the rows leave the map its share");
    }

    /**
     * Titles of two or three lines each still leave every day naming one of its events (found by a
     * tester: with 150-character titles the quiet days were told whole and the day of the talks, with
     * 38 events, was "+ 36 more" and a line of dots).
     */
    @Test
    void everyDayNamesAnEventAlsoWhenTitlesAreLong() {
        Dataset s = WeekData.seeds();
        String longer = ", as both papers report it at length in their accounts of the day's meetings, statements and "
                + "the briefings that followed";
        List<Event> events = s.events().stream().map(e -> new Event(e.id(), e.title() + longer, e.summary(), e.time(),
                e.order(), e.place(), e.refers(), e.kind(), e.cameo(), e.track(), e.actors(), e.evidence(), e.inferred(),
                e.note(), e.modality())).toList();
        Dataset d = new Dataset(s.title(), s.description(), s.declaredFocus().orElse(null),
                s.declaredZone().orElse(null), s.sources(), s.actors(), s.places(), events, s.quotes(), s.divergences(),
                s.positions());
        Selection sel = Selection.of(d, ImageRequest.of(View.DASHBOARD, ImageFormat.PNG).resolvedFor(d));
        for (DashboardShape shape : DashboardShape.values()) {
            for (DashboardFigure figure : List.of(DashboardFigure.of(sel, Theme.LIGHT, shape),
                    DashboardFigure.timelineOnly(sel, Theme.LIGHT, shape))) {
                PeriodRowsFigure rows = (PeriodRowsFigure) figure.timeline();
                List<Integer> titled = rows.titled(new TypeProbe(1920, 1080));
                int busiest = 0;
                for (int i = 0; i < rows.rows().size(); i++) {
                    PeriodRowsFigure.Row row = rows.rows().get(i);
                    busiest = row.events().size() > rows.rows().get(busiest).events().size() ? i : busiest;
                    // On a wide slide there is room for each; on a squarer one the busiest rows come first.
                    assertTrue(shape != DashboardShape.WIDE || row.events().isEmpty() || titled.get(i) > 0, shape + ": "
                            + row.label() + " names none of its " + row.events().size() + " events; lines " + rows.lines());
                }
                assertTrue(titled.get(busiest) > 0, shape + ": the busiest row, " + rows.rows().get(busiest).label()
                        + ", names none of its events; lines " + rows.lines());
            }
        }
    }
    /**
     * Generated data's week: what began before its first day and runs into it is one row, not a row
     * per event labelled with its dates and times ("Thu 26 Sep 2013, 22:48 UTC"), whose widest label
     * took a third of the slide from the titles.
     */
    @Test
    void whatBeganBeforeTheFirstDayIsOneRowWithAShortLabel() {
        Dataset gen = SyntheticDataAccess.generated(1_000);
        Selection sel = Selection.of(gen, ImageRequest.of(View.TIMELINE_SLIDE, ImageFormat.PNG).resolvedFor(gen));
        PeriodRowsFigure rows = (PeriodRowsFigure) DashboardFigure.timelineOnly(sel, Theme.LIGHT, DashboardShape.WIDE)
                .timeline();
        assertEquals(PeriodRowsFigure.Unit.DAY, rows.unit());
        List<String> labels = rows.rows().stream().map(PeriodRowsFigure.Row::label).toList();
        assertTrue(labels.stream().noneMatch(l -> l.contains(":") || l.contains("–")), labels.toString());
        Painter measure = Java2DPainter.measuring();
        measure.setFont(FontSpec.sansBold(rows.type()));
        double widest = labels.stream().mapToDouble(measure::textWidth).max().orElseThrow();
        assertTrue(widest < rows.width() / 6, "the widest label, " + widest + " px of " + rows.width() + ": " + labels);
        PeriodRowsFigure.Row earlier = rows.rows().get(0);
        assertEquals(PeriodRowsFigure.BEGAN_EARLIER, earlier.label(), labels.toString());
        LocalDate first = sel.window().start().atZone(gen.zone()).toLocalDate();
        assertTrue(earlier.events().stream().allMatch(e -> e.time().startDate().isBefore(first)
                && e.time().endInstant().isAfter(sel.window().start())), "what it holds began earlier and runs in");
        assertEquals(sel.events().size(), rows.rows().stream().mapToInt(r -> r.events().size()).sum(),
                "every event is in one row");
    }
    /**
     * A week where every day is busy shares the lines out: the day that needed the fewest lines to be
     * told whole had taken eleven of them, and busier days were left one title and a line of dots.
     */
    @Test
    void noDayIsToldWholeWhileBusierDaysGetOneLine() {
        Dataset gen = SyntheticDataAccess.generated(1_000);
        Selection sel = Selection.of(gen, ImageRequest.of(View.TIMELINE_SLIDE, ImageFormat.PNG).resolvedFor(gen));
        PeriodRowsFigure rows = (PeriodRowsFigure) DashboardFigure.timelineOnly(sel, Theme.LIGHT, DashboardShape.WIDE)
                .timeline();
        int busiest = 0;
        for (int i = 0; i < rows.rows().size(); i++) {
            busiest = rows.rows().get(i).events().size() > rows.rows().get(busiest).events().size() ? i : busiest;
        }
        for (int i = 0; i < rows.rows().size(); i++) {
            assertTrue(rows.lines().get(i) <= rows.lines().get(busiest), rows.rows().get(i).label() + " ("
                    + rows.rows().get(i).events().size() + " events) has more lines than " + rows.rows().get(busiest).label()
                    + " (" + rows.rows().get(busiest).events().size() + "): " + rows.lines());
        }
    }
    /**
     * The generated 100,000 events' week on the dashboard, one line a day: a day whose events' dots
     * filled its line alone had been "+ 64 more" and dots, and one with a dot too many for a line
     * "+ 71 more" and nothing else, while a title and the count fitted: every day names an event.
     */
    @Test
    void aBusyWeeksDashboardNamesAnEventOnEveryDay() {
        Dataset gen = SyntheticDataAccess.generated(100_000);
        Selection sel = Selection.of(gen, ImageRequest.of(View.DASHBOARD, ImageFormat.PNG).resolvedFor(gen));
        DashboardFigure figure = DashboardFigure.of(sel, Theme.LIGHT, DashboardShape.WIDE);
        PeriodRowsFigure rows = (PeriodRowsFigure) figure.timeline();
        TypeProbe probe = paint(figure);
        List<Integer> titled = rows.titled(probe);
        int counted = countedMore(probe);
        for (int i = 0; i < rows.rows().size(); i++) {
            PeriodRowsFigure.Row row = rows.rows().get(i);
            assertTrue(row.events().isEmpty() || titled.get(i) > 0, row.label() + " names none of its "
                    + row.events().size() + " events; lines " + rows.lines() + ", titled " + titled);
        }
        assertEquals(sel.events().size(), titled.stream().mapToInt(Integer::intValue).sum() + counted,
                "every event is titled or counted");
    }

    /**
     * One line for sixty short titles: the first title and the count fit, the count and its sixty dots
     * fit alone, but not all three. The title is written and the count stands for the rest without dots.
     */
    @Test
    void aTitleGoesBeforeTheDotsWhenALineCannotHoldBoth() {
        List<Event> sixty = WeekData.seeds().events().stream().limit(60).toList();
        ToDoubleFunction<String> measure = t -> t.length() * 10.0;
        Flow flow = Flow.of(sixty, 1000, 20, measure, Map.of(), 1);
        Flow.Laid laid = flow.lay(1, measure);
        assertTrue(laid.titled() > 0, "no title: " + laid.pieces().stream().map(Flow.Piece::text).toList());
        assertTrue(laid.pieces().stream().allMatch(p -> p.line() == 0), "one line");
        assertTrue(laid.pieces().stream().anyMatch(p -> p.text() != null && p.text().equals("+ " + (60 - laid.titled())
                + " more")), "the rest counted");
        assertEquals(1, flow.linesToNameOne(), "one line names one");
    }

    /** How many events the painted "+ N more" lines count in all. */
    private static int countedMore(TypeProbe probe) {
        int counted = 0;
        for (TypeProbe.Text t : probe.texts) {
            Matcher m = MORE.matcher(t.text().replace(",", ""));
            if (m.matches()) {
                counted += Integer.parseInt(m.group(1));
            }
        }
        return counted;
    }
}
