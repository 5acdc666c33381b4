package org.parley.export.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.layout.ItemBox;
import org.parley.layout.Tick;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Precision;

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
                Map<Double, Long> wednesdayColumns = boxes.stream()
                        .filter(b -> day(data, b) != null && day(data, b).getDayOfMonth() == 12)
                        .collect(Collectors.groupingBy(ItemBox::x0, Collectors.counting()));
                if (paper == Paper.A4 && side == PageSetup.Orientation.LANDSCAPE) {
                    assertTrue(wednesdayColumns.size() >= 2, where + ": 12 January in columns " + wednesdayColumns);
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
    void theAxisNamesEveryDayOfTheWeek() {
        ImageRequest request = week(Paper.A4, PageSetup.Orientation.LANDSCAPE);
        TimelineFigure figure = TimelineFigure.forPaper(Selection.of(WeekData.seeds(), request),
                PdfWriter.printWidth(request.page()), request.theme());
        List<String> days = figure.columns().ticks(figure.scene().scale()).major().stream().map(Tick::label).toList();
        assertEquals(List.of("Sun 9", "Mon 10", "Tue 11", "Wed 12", "Thu 13", "Fri 14"), days.subList(0, 6));
    }

    @Test
    void aPngOrSvgKeepsTheEvenAxis() {
        ImageRequest request = WeekData.week(View.TIMELINE, ImageFormat.SVG);
        Picture picture = Figures.of(WeekData.seeds(), request);
        assertEquals(null, ((TimelineFigure) picture).columns());
    }

    /** The day of a card drawn in one day's column; null for anything else. */
    private static LocalDate day(Dataset data, ItemBox b) {
        Event e = data.event(b.eventId()).orElseThrow();
        return e.time().precision() == Precision.DAY && e.time().withinOneDay() ? e.time().startDate() : null;
    }
}
