package org.parley.export.handout;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.parley.export.Credits;
import org.parley.layout.map.MapViewport;
import org.parley.layout.map.ProjectedBasemap;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.render.map.MapScene;
import org.parley.render.map.MapSceneBuilder;
import org.parley.render.map.WeekRoute;

/**
 * The handout's first page: the title, the map of the week with its route, and the list of
 * steps with their dates, so a reader sees the story at a glance before turning to its steps.
 */
final class OpeningPage {

    private static final float MARGIN = 40;
    private static final float TITLE_SIZE = 20;
    private static final float BODY_SIZE = 11;
    private static final float LEADING = BODY_SIZE * 1.3f;

    private OpeningPage() {
    }

    /**
     * Adds the page in {@code size} (landscape: map left, list right; portrait: map above the list),
     * and as many pages after it as the rest of the list needs.
     *
     * @param stepsPage the page a step is printed on from its number, counted from the first page
     *                  after the list's (0: the list's last page, below the list): each entry gives
     *                  its page, counted from the handout's first
     * @return the list's last page, and where its words end
     */
    static PageEnd add(PDDocument document, HandoutFonts fonts, ProjectedBasemap basemap, Dataset dataset,
                    List<Step> steps, PDRectangle size, IntUnaryOperator stepsPage) throws IOException {
        return add(document, fonts, basemap, dataset, steps, size, stepsPage, Credits.line(dataset));
    }

    /** As above, with {@code credit} at the foot of each page (the one paper a handout is filtered to). */
    static PageEnd add(PDDocument document, HandoutFonts fonts, ProjectedBasemap basemap, Dataset dataset,
                    List<Step> steps, PDRectangle size, IntUnaryOperator stepsPage, String credit) throws IOException {
        int opening = plan(fonts, dataset, steps, size).pages();
        StepIndex index = new StepIndex(fonts, steps, n -> opening + stepsPage.applyAsInt(n));
        PDPage page = new PDPage(size);
        document.addPage(page);
        Frame frame = frame(fonts, index, dataset, size);
        try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
            cs.setNonStrokingColor(0f);
            TextBlock.draw(cs, frame.title(), fonts.bold(), TITLE_SIZE, MARGIN, frame.top() - TITLE_SIZE,
                    TITLE_SIZE * 1.2f);
            cs.setNonStrokingColor(0.25f);
            TextBlock.draw(cs, frame.description(), fonts.regular(), BODY_SIZE, MARGIN, frame.descriptionTop(), LEADING);
            new MapForm().draw(document, cs, map(basemap, dataset, steps, frame.mapW(), frame.mapH()), MARGIN,
                    frame.y() - frame.mapH());
            cs.setNonStrokingColor(0f);
            TextBlock.draw(cs, List.of("The steps"), fonts.bold(), BODY_SIZE + 1, frame.listX(), frame.listTop(), 0);
            index.drawKey(cs, frame.listX() + frame.listW(), frame.listTop());
            index.draw(cs, frame.listX(), firstEntry(frame.listTop()), frame.listW(), frame.bottom());
            PageFoot.draw(cs, fonts, credit, size.getWidth());
        }
        PageEnd end = new PageEnd(page, index.end());
        while (index.hasMore()) {
            end = continued(document, fonts, index, size, credit);
        }
        return end;
    }

    /**
     * The opening map: the places of the handout's events and the week's route, which it draws whatever the filter
     * (a reader of one day's steps sees where that day stands in the week). When the route goes where none of the
     * handout's events is, its title says the route is the whole week's: a handout of 10 January drew Brussels'
     * and Vienna's numbered stops under "The week on the map", as if it told them.
     */
    static MapScene map(ProjectedBasemap basemap, Dataset dataset, List<Step> steps, double width, double height) {
        List<Event> told = steps.stream().filter(s -> !s.isContext()).map(Step::event).toList();
        List<Event> shown = told.isEmpty() ? steps.get(0).events() : told;
        MapViewport viewport = StepMap.overview(basemap.projection(), dataset, shown, width, height);
        return new MapSceneBuilder(basemap, viewport, dataset)
                .visibleEvents(shown)
                .title(routeBeyond(dataset, steps) ? "The whole week's route" : "The week on the map")
                .build();
    }

    /** Whether a stop of the week's route has none of the steps' events at it. */
    private static boolean routeBeyond(Dataset dataset, List<Step> steps) {
        Set<String> at = new HashSet<>();
        steps.forEach(step -> step.events().forEach(e -> at.add(e.place())));
        return WeekRoute.of(dataset).stream()
                .anyMatch(stop -> stop.placeIds().stream().noneMatch(at::contains));
    }

    /** How many pages the opening takes, and the height on its last page where the list's words end. */
    record Plan(int pages, float end) {
    }

    /**
     * What {@link #add} takes, drawing nothing: the list's page numbers count its pages, and the
     * list's page column is as wide whatever they are, so knowing them changes no page.
     */
    static Plan plan(HandoutFonts fonts, Dataset dataset, List<Step> steps, PDRectangle size) throws IOException {
        StepIndex index = new StepIndex(fonts, steps);
        Frame frame = frame(fonts, index, dataset, size);
        index.skip(firstEntry(frame.listTop()), frame.listW(), frame.bottom());
        int pages = 1;
        while (index.hasMore()) {
            index.skip(continuedFirstEntry(size), size.getWidth() - 2 * MARGIN, MARGIN + 14);
            pages++;
        }
        return new Plan(pages, index.end());
    }

    /** Where the first page's parts go: its title's and description's lines, the map's box and the list's. */
    private record Frame(List<String> title, List<String> description, float top, float descriptionTop, float y,
                         float mapW, float mapH, float listX, float listTop, float listW, float bottom) {
    }

    private static Frame frame(HandoutFonts fonts, StepIndex index, Dataset dataset, PDRectangle size)
            throws IOException {
        TextBlock text = new TextBlock(fonts);
        boolean landscape = size.getWidth() > size.getHeight();
        float content = size.getWidth() - 2 * MARGIN;
        float top = size.getHeight() - MARGIN;
        List<String> title = text.wrap(dataset.title(), fonts.bold(), TITLE_SIZE, content, 2);
        float descriptionTop = top - TITLE_SIZE - title.size() * TITLE_SIZE * 1.2f;
        // The filter's note and the whole description: four lines, or a filtered page cut it mid-sentence.
        List<String> description = text.wrap(dataset.description(), fonts.regular(), BODY_SIZE, content, 5);
        float y = descriptionTop - description.size() * LEADING - 8;
        float bottom = MARGIN + 14;
        float mapW = landscape ? content * 0.4f : content;
        float mapH = landscape ? y - bottom : mapHeight(index, y, bottom, content);
        float listX = landscape ? MARGIN + mapW + 20 : MARGIN;
        float listTop = landscape ? y - BODY_SIZE : underTheMap(y, mapH);
        float listW = landscape ? content - mapW - 20 : content;
        return new Frame(title, description, top, descriptionTop, y, mapW, mapH, listX, listTop, listW, bottom);
    }

    /**
     * A portrait page's map takes 45 % of the room under the title, or less, down to 30 %, when that
     * lets the whole list fit: two steps over had a sheet of their own, blank but for them.
     */
    private static float mapHeight(StepIndex index, float y, float bottom, float listW) {
        float room = y - bottom;
        for (float share = 0.45f; share >= 0.30f - 1e-4f; share -= 0.025f) {
            if (index.fitsIn(firstEntry(underTheMap(y, room * share)), listW, bottom)) {
                return room * share;
            }
        }
        return room * 0.45f;
    }

    /** The baseline of "The steps" on a portrait page, under a map {@code mapH} high whose top is {@code y}. */
    private static float underTheMap(float y, float mapH) {
        return y - mapH - 14 - BODY_SIZE;
    }

    /** The baseline of the list's first entry under its heading's. */
    private static float firstEntry(float heading) {
        return heading - LEADING * 1.4f;
    }

    /** The baseline of the first entry on a page that goes on with the list. */
    private static float continuedFirstEntry(PDRectangle size) {
        return firstEntry(size.getHeight() - MARGIN - BODY_SIZE);
    }

    /** A page that goes on with the list of steps; returns it, and where its entries end. */
    private static PageEnd continued(PDDocument document, HandoutFonts fonts, StepIndex index, PDRectangle size,
                                  String credit) throws IOException {
        PDPage page = new PDPage(size);
        document.addPage(page);
        float top = size.getHeight() - MARGIN;
        try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
            cs.setNonStrokingColor(0f);
            TextBlock.draw(cs, List.of("The steps (continued)"), fonts.bold(), BODY_SIZE + 1, MARGIN, top - BODY_SIZE, 0);
            index.drawKey(cs, size.getWidth() - MARGIN, top - BODY_SIZE);
            index.draw(cs, MARGIN, continuedFirstEntry(size), size.getWidth() - 2 * MARGIN, MARGIN + 14);
            PageFoot.draw(cs, fonts, credit, size.getWidth());
        }
        return new PageEnd(page, index.end());
    }
}
