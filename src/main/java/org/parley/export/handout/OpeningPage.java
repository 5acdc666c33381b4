package org.parley.export.handout;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.parley.layout.map.LonLatBox;
import org.parley.layout.map.MapViewport;
import org.parley.layout.map.ProjectedBasemap;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.render.map.MapScene;
import org.parley.render.map.MapSceneBuilder;

/**
 * The handout's first page: the title, the map of the whole week with its route, and the list of
 * steps with their dates, so a reader sees the story at a glance before turning to its steps.
 */
final class OpeningPage {

    private static final float MARGIN = 40;
    private static final float TITLE_SIZE = 20;
    private static final float BODY_SIZE = 11;
    private static final float LEADING = BODY_SIZE * 1.3f;

    private OpeningPage() {
    }

    /** Adds the page in {@code size} (landscape: map left, list right; portrait: map above the list). */
    static void add(PDDocument document, HandoutFonts fonts, ProjectedBasemap basemap, Dataset dataset,
                    List<Step> steps, PDRectangle size) throws IOException {
        PDPage page = new PDPage(size);
        document.addPage(page);
        TextBlock text = new TextBlock(fonts);
        boolean landscape = size.getWidth() > size.getHeight();
        float content = size.getWidth() - 2 * MARGIN;
        float top = size.getHeight() - MARGIN;
        try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
            cs.setNonStrokingColor(0f);
            float y = TextBlock.draw(cs, text.wrap(dataset.title(), fonts.bold(), TITLE_SIZE, content, 2), fonts.bold(),
                    TITLE_SIZE, MARGIN, top - TITLE_SIZE, TITLE_SIZE * 1.2f);
            cs.setNonStrokingColor(0.25f);
            y = TextBlock.draw(cs, text.wrap(dataset.description(), fonts.regular(), BODY_SIZE, content, 3),
                    fonts.regular(), BODY_SIZE, MARGIN, y, LEADING) - 8;
            float bottom = MARGIN + 14;
            float mapW = landscape ? content * 0.4f : content;
            float mapH = landscape ? y - bottom : (y - bottom) * 0.45f;
            List<Event> told = steps.stream().filter(s -> !s.isContext()).map(Step::event).toList();
            MapViewport viewport = MapViewport.fit(basemap.projection(),
                    LonLatBox.EUROPE.projectedBounds(basemap.projection()), mapW, mapH, 8);
            MapScene scene = new MapSceneBuilder(basemap, viewport, dataset)
                    .visibleEvents(told.isEmpty() ? steps.get(0).events() : told)
                    .title("The week on the map")
                    .build();
            new MapForm().draw(document, cs, scene, MARGIN, y - mapH);
            float listX = landscape ? MARGIN + mapW + 20 : MARGIN;
            float listTop = landscape ? y - BODY_SIZE : y - mapH - 14 - BODY_SIZE;
            float listW = landscape ? content - mapW - 20 : content;
            list(cs, text, fonts, steps, listX, listTop, listW, bottom);
            cs.setNonStrokingColor(0.35f);
            TextBlock.draw(cs, List.of(fonts.printable(org.parley.export.Credits.line(dataset), fonts.regular())),
                    fonts.regular(), 9, MARGIN, MARGIN - 8, 9);
        }
    }

    /** The steps, one line each ("3. Wed 12 Jan · NATO–Russia Council meets"), in two columns when long. */
    private static void list(PDPageContentStream cs, TextBlock text, HandoutFonts fonts, List<Step> steps, float x,
                             float top, float width, float bottom) throws IOException {
        cs.setNonStrokingColor(0f);
        TextBlock.draw(cs, List.of("The steps"), fonts.bold(), BODY_SIZE + 1, x, top, 0);
        float y0 = top - LEADING * 1.4f;
        int perColumn = Math.max(1, (int) ((y0 - bottom) / LEADING));
        int columns = steps.size() > perColumn ? 2 : 1;
        float columnW = (width - (columns - 1) * 12) / columns;
        for (int i = 0; i < steps.size() && i < perColumn * columns; i++) {
            Step s = steps.get(i);
            float cx = x + (i / perColumn) * (columnW + 12);
            float cy = y0 - (i % perColumn) * LEADING;
            String line = s.number() + ". " + (s.isContext() ? s.title() : shortDate(s) + " \u00B7 " + s.title());
            TextBlock.draw(cs, text.wrap(line, fonts.regular(), BODY_SIZE, columnW, 1), fonts.regular(), BODY_SIZE,
                    cx, cy, 0);
        }
    }

    private static String shortDate(Step s) {
        return s.event().time().startDate().format(java.time.format.DateTimeFormatter.ofPattern("d MMM",
                java.util.Locale.ENGLISH));
    }
}
