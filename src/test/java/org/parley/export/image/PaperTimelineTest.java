package org.parley.export.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.parley.layout.ItemBox;
import org.parley.layout.Tick;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Precision;
import org.parley.model.TimeSpan;
import org.parley.render.FontSpec;
import org.parley.render.RecordingPainter;
import org.parley.render.awt.Java2DPainter;

/**
 * The week on paper: 12 January's 28 events had stacked one card wide beside four near-empty
 * days, eight or nine sheets each some 80 % white. On day columns as wide as they need, its cards
 * stand side by side, each inside its own day, and the week takes fewer sheets.
 */
class PaperTimelineTest {

    private final ImageExport export = new ImageExport();

    private static ImageRequest week(Paper paper, PageSetup.Orientation orientation) {
        return WeekData.week(View.TIMELINE, ImageFormat.PDF).withPage(new PageSetup(paper, orientation));
    }

    @Test
    void theWeekTakesFewerSheets() {
        Dataset data = WeekData.seeds();
        // Nine sheets each on A4 and Letter, before.
        int a4 = export.sizeOf(data, week(Paper.A4, PageSetup.Orientation.LANDSCAPE)).pages();
        assertTrue(a4 <= 6, "A4: " + a4);
        int letter = export.sizeOf(data, week(Paper.LETTER, PageSetup.Orientation.LANDSCAPE)).pages();
        assertTrue(letter <= 8, "Letter: " + letter);
    }

    @Test
    void aBusyDaysCardsStandSideBySideInsideTheirDayAndNothingOverlaps() {
        for (Paper paper : Paper.values()) {
            for (PageSetup.Orientation side : List.of(PageSetup.Orientation.LANDSCAPE, PageSetup.Orientation.PORTRAIT)) {
                ImageRequest request = week(paper, side);
                Dataset data = WeekData.seeds();
                TimelineFigure figure = TimelineFigure.forPaper(Selection.of(data, request),
                        PdfWriter.printWidth(request.page()), request.theme());
                String where = paper + " " + side;
                assertNotNull(figure.columns(), where + ": laid out on day columns");
                // Each day's column: from its tick to the next one's.
                List<Tick> ticks = figure.columns().ticks(figure.scene().scale()).major();
                Map<LocalDate, double[]> dayColumn = new TreeMap<>();
                for (int i = 0; i + 1 < ticks.size(); i++) {
                    dayColumn.put(ticks.get(i).time().atZone(data.zone()).toLocalDate(),
                            new double[] {ticks.get(i).x(), ticks.get(i + 1).x()});
                }
                List<ItemBox> boxes = figure.scene().layout().visible(figure.scene().scale());
                if (paper == Paper.A4 && side == PageSetup.Orientation.LANDSCAPE) {
                    // As printed: each page plans its own columns. (The whole figure keeps Wednesday in one:
                    // two would print its longest title in smaller type than the others, PaperCardTypeTest.)
                    double[] sheet = request.page().pageSize(1, 0);
                    double pageHeight = (sheet[1] - 2 * PageSetup.MARGIN_PT)
                            / ((sheet[0] - 2 * PageSetup.MARGIN_PT) / figure.width());
                    long most = 0;
                    for (Picture page : figure.pages(pageHeight)) {
                        TimelineFigure p = (TimelineFigure) page;
                        most = Math.max(most, p.scene().layout().visible(p.scene().scale()).stream()
                                .filter(b -> day(data, b) != null && day(data, b).getDayOfMonth() == 12)
                                .map(ItemBox::x0).distinct().count());
                    }
                    assertTrue(most >= 2, where + ": 12 January in columns side by side on its pages: " + most);
                }
                for (ItemBox b : boxes) {
                    LocalDate day = day(data, b);
                    if (day == null) {
                        continue;
                    }
                    double[] column = dayColumn.get(day);
                    assertNotNull(column, where + ": a column for " + day);
                    assertTrue(b.x0() >= column[0] - 1e-6 && b.x1() <= column[1] + 1e-6,
                            where + ": " + b.eventId() + " inside " + day + ": " + b + " in " + column[0] + ".." + column[1]);
                }
                for (int i = 0; i < boxes.size(); i++) {
                    for (int j = i + 1; j < boxes.size(); j++) {
                        assertFalse(boxes.get(i).intersects(boxes.get(j)), where + ": " + boxes.get(i) + " / " + boxes.get(j));
                    }
                }
            }
        }
    }

    @Test
    void eachPagePlansItsOwnColumnsSoTheWeekTakesFourSheets() {
        Dataset data = WeekData.seeds();
        // Six A4 and eight Letter landscape sheets for 9–14 January, when the whole range's columns
        // were planned once: after the first, a page of Wednesday's cards left four days' width white.
        assertEquals(4, export.sizeOf(data, week(Paper.A4, PageSetup.Orientation.LANDSCAPE)).pages());
        assertEquals(4, export.sizeOf(data, week(Paper.LETTER, PageSetup.Orientation.LANDSCAPE)).pages());
        assertEquals(3, export.sizeOf(data, week(Paper.A4, PageSetup.Orientation.PORTRAIT)).pages());
        ImageRequest request = week(Paper.A4, PageSetup.Orientation.LANDSCAPE);
        TimelineFigure figure = TimelineFigure.forPaper(Selection.of(data, request),
                PdfWriter.printWidth(request.page()), request.theme());
        List<Picture> pages = figure.pages(pageHeight(figure, request));
        TimelineFigure second = (TimelineFigure) pages.get(1);
        int wednesday = LocalDate.of(2022, 1, 12).getDayOfYear() - LocalDate.of(2022, 1, 9).getDayOfYear();
        double alone = second.columns().subColumns(wednesday) * second.columns().columnWidth();
        double once = figure.columns().subColumns(wednesday) * figure.columns().columnWidth();
        assertTrue(alone > 1.5 * once, "Wednesday alone on its page takes the quiet days' width: " + alone + " / " + once);
    }

    @Test
    void eachRowOfCardsIsAsTallAsItsOwnTitlesNeedAndNoneIsCut() {
        // Every row had been as tall as the page's longest title: a row of "Grushko warns of
        // counter-measures" stood six lines high beside nothing longer.
        ImageRequest request = week(Paper.A4, PageSetup.Orientation.LANDSCAPE);
        Dataset data = WeekData.seeds();
        TimelineFigure figure = TimelineFigure.forPaper(Selection.of(data, request),
                PdfWriter.printWidth(request.page()), request.theme());
        double pageHeight = pageHeight(figure, request);
        int mostHeights = 0;
        for (Picture page : figure.pages(pageHeight)) {
            TimelineFigure p = (TimelineFigure) page;
            long cardHeights = p.scene().layout().visible(p.scene().scale()).stream().filter(b -> day(data, b) != null)
                    .mapToDouble(b -> Math.rint(b.y1() - b.y0())).distinct().count();
            mostHeights = Math.max(mostHeights, (int) cardHeights);
            RecordingPainter painted = measuredAsOnPaper();
            p.paint(painted);
            assertTrue(painted.texts().stream().noneMatch(t -> t.endsWith("…")), "no title cut: " + painted.texts());
        }
        assertTrue(mostHeights >= 3, "a page's rows of cards of several heights: " + mostHeights);
        // The focus, 9–13 January, took three A4 portrait sheets.
        ImageRequest focus = ImageRequest.of(View.TIMELINE, ImageFormat.PDF)
                .withRange(WeekData.WEEK_START, LocalDate.of(2022, 1, 14).atStartOfDay(WeekData.BRUSSELS).toInstant())
                .withPage(new PageSetup(Paper.A4, PageSetup.Orientation.PORTRAIT));
        assertEquals(2, export.sizeOf(data, focus).pages(), "A4 portrait sheets for 9–13 January");
    }

    @Test
    void everyEventIsOnOnePageInsideItsDayAndThePagesFollowTheLanes() {
        Dataset data = WeekData.seeds();
        for (Paper paper : Paper.values()) {
            for (PageSetup.Orientation side : List.of(PageSetup.Orientation.LANDSCAPE, PageSetup.Orientation.PORTRAIT)) {
                ImageRequest request = week(paper, side);
                Selection sel = Selection.of(data, request);
                TimelineFigure figure = TimelineFigure.forPaper(sel, PdfWriter.printWidth(request.page()),
                        request.theme());
                double room = pageHeight(figure, request);
                List<String> lanes = figure.scene().layout().lanes().stream().map(l -> l.key()).toList();
                List<String> seen = new ArrayList<>();
                int lastLane = 0;
                for (Picture page : figure.pages(room)) {
                    TimelineFigure f = (TimelineFigure) page;
                    String where = paper + " " + side + " " + f.scene().decorations().credit();
                    assertTrue(f.height() <= room + 1e-6, where + ": fits its sheet, " + f.height() + " > " + room);
                    for (var lane : f.scene().layout().lanes()) {
                        int at = lanes.indexOf(lane.key());
                        assertTrue(at >= lastLane, where + ": lane " + lane.key() + " after " + lanes.get(lastLane));
                        lastLane = at;
                    }
                    List<ItemBox> boxes = f.scene().layout().visible(f.scene().scale());
                    boxes.forEach(b -> seen.add(b.eventId()));
                    List<Tick> ticks = f.columns().ticks(f.scene().scale()).major();
                    for (ItemBox b : boxes) {
                        LocalDate day = day(data, b);
                        for (int i = 0; day != null && i + 1 < ticks.size(); i++) {
                            if (ticks.get(i).time().atZone(data.zone()).toLocalDate().equals(day)) {
                                assertTrue(b.x0() >= ticks.get(i).x() - 1e-6 && b.x1() <= ticks.get(i + 1).x() + 1e-6,
                                        where + ": " + b.eventId() + " inside " + day);
                            }
                        }
                    }
                }
                assertEquals(sel.events().stream().map(Event::id).sorted().toList(), seen.stream().sorted().toList(),
                        paper + " " + side + ": every event once");
            }
        }
    }

    /** The height of a sheet's printable area in the figure's pixels, as the PDF writer cuts it. */
    private static double pageHeight(TimelineFigure figure, ImageRequest request) {
        double[] page = request.page().pageSize(figure.width(), figure.height());
        return (page[1] - PageSetup.MARGIN_PT * 2) / ((page[0] - PageSetup.MARGIN_PT * 2) / figure.width());
    }

    @Test
    void theAxisNamesEveryDayOfTheWeek() {
        ImageRequest request = week(Paper.A4, PageSetup.Orientation.LANDSCAPE);
        TimelineFigure figure = TimelineFigure.forPaper(Selection.of(WeekData.seeds(), request),
                PdfWriter.printWidth(request.page()), request.theme());
        List<String> days = figure.columns().ticks(figure.scene().scale()).major().stream().map(Tick::label).toList();
        assertEquals(List.of("Sun 9", "Mon 10", "Tue 11", "Wed 12", "Thu 13", "Fri 14"), days.subList(0, 6));
    }

    /**
     * The week's picture for a slide had Wednesday's 28 cards one column deep beside four white days, 1920×3401
     * at 1920 wide; on day columns Wednesday's cards are side by side (decision 0127).
     */
    @Test
    void aPngOrSvgOfAFewDaysIsOnDayColumns() {
        ImageRequest request = WeekData.week(View.TIMELINE, ImageFormat.PNG).withSizing(Sizing.width(1920));
        TimelineFigure picture = (TimelineFigure) Figures.of(WeekData.seeds(), request);
        assertNotNull(picture.columns(), "the week on day columns");
        // Sun 9 … Thu 13: Wednesday is the fourth day.
        assertTrue(picture.columns().subColumns(3) >= 3, "Wednesday's cards side by side: " + picture.columns().subColumns(3));
        assertTrue(picture.height() < picture.width(), "wider than tall: " + picture.width() + "×" + picture.height());
    }

    @Test
    void aDayOfTimedEventsIsCardsWithTheirTimesOnPaperAndInAPngOrSvg() {
        // On the even axis a day of statements 17 minutes apart was points whose labels crowded into "+4".
        Dataset data = timedDay();
        ImageRequest svg = ImageRequest.of(View.TIMELINE, ImageFormat.SVG).withRange(
                LocalDate.of(2022, 1, 12).atStartOfDay(WeekData.BRUSSELS).toInstant(),
                LocalDate.of(2022, 1, 13).atStartOfDay(WeekData.BRUSSELS).toInstant());
        TimelineFigure picture = (TimelineFigure) Figures.of(data, svg);
        assertNotNull(picture.columns(), "the day on columns of cards");
        RecordingPainter painted = new RecordingPainter();
        picture.paint(painted);
        assertTrue(painted.texts().contains("09:00") && painted.texts().contains("09:17"),
                "each card prints its time: " + painted.texts());
        assertTrue(picture.scene().layout().visible(picture.scene().scale()).stream().allMatch(ItemBox::isDay),
                "every event a card, none a point");

        ImageRequest pdf = svg.withFormat(ImageFormat.PDF).withPage(new PageSetup(Paper.A4,
                PageSetup.Orientation.LANDSCAPE));
        TimelineFigure paper = TimelineFigure.forPaper(Selection.of(data, pdf.resolvedFor(data)),
                PdfWriter.printWidth(pdf.page()), pdf.theme());
        assertNotNull(paper.columns(), "on paper too");
    }

    /** The week's 12 January cards in the NATO–Russia meeting's lane, timed 17 minutes apart from 09:00 in curated order. */
    private static Dataset timedDay() {
        Dataset week = WeekData.seeds();
        List<Event> day = week.events().stream()
                .filter(e -> e.time().precision() == Precision.DAY && e.time().withinOneDay()
                        && e.time().startDate().equals(LocalDate.of(2022, 1, 12)))
                .sorted(Comparator.comparingInt(Event::order)).toList();
        List<Event> timed = new ArrayList<>();
        for (int i = 0; i < day.size(); i++) {
            Event e = day.get(i);
            int minutes = 9 * 60 + 17 * i;
            timed.add(new Event(e.id(), e.title(), e.summary(), TimeSpan.parse(
                    String.format("2022-01-12T%02d:%02d", minutes / 60, minutes % 60), null, Precision.MINUTE,
                    WeekData.BRUSSELS), e.order(), e.place(), List.of(), e.kind(), e.cameo(), e.track(), e.actors(),
                    e.evidence(), e.inferred(), e.note(), e.modality()));
        }
        return new Dataset(week.title(), week.description(), week.declaredFocus().orElse(null), WeekData.BRUSSELS,
                week.sources(), week.actors(), week.places(), timed, List.of(), List.of());
    }

    /** A recording painter whose text is as wide as an export's, so what it records wraps as on paper. */
    private static RecordingPainter measuredAsOnPaper() {
        Java2DPainter measure = Java2DPainter.measuring();
        return new RecordingPainter() {
            @Override
            public void setFont(FontSpec font) {
                super.setFont(font);
                measure.setFont(font);
            }

            @Override
            public double textWidth(String text) {
                return measure.textWidth(text);
            }
        };
    }

    /** The day of a card drawn in one day's column; null for anything else. */
    private static LocalDate day(Dataset data, ItemBox b) {
        Event e = data.event(b.eventId()).orElseThrow();
        return e.time().precision() == Precision.DAY && e.time().withinOneDay() ? e.time().startDate() : null;
    }
}
