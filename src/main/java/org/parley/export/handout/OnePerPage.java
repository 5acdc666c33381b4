package org.parley.export.handout;

import org.parley.export.Credits;
import org.parley.export.Publishers;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.parley.layout.map.ProjectedBasemap;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.DateRange;

/**
 * A4 landscape, one step a page: title across the top, the quote and summary on the left, the map
 * of the place on the right, the credit at the foot. Steps about no place, which have no map, share
 * a page when they come one after another and fit it whole ({@link #pages}): each alone had left
 * three quarters of its sheet blank.
 */
final class OnePerPage {

    private static final float MARGIN = 40;
    private static final float GAP = 24;
    private static final float TITLE_SIZE = 24;
    private static final float META_SIZE = 13;
    private static final float QUOTE_SIZE = 15;
    private static final float SPEAKER_SIZE = 12;
    private static final float SUMMARY_SIZE = 11;
    /**
     * The sizes a summary may take, largest first: the largest at which it fits the page. Two lines
     * of a step with no map had been set in 11 pt across the sheet, four fifths of it left blank.
     */
    private static final float[] SUMMARY_SIZES = {14, 13, 12, SUMMARY_SIZE};
    private static final float SUMMARY_LEADING = 1.4f;
    private static final float SMALL_SIZE = 9;
    private static final float ITEM_SIZE = 12;
    private static final float ITEM_GAP = 10;
    /**
     * Where several steps share a page, their type is the compact handout's and a little more: a step's title,
     * quotation and summary at a page's own sizes took a third of the sheet, two steps a page.
     */
    private static final float SHARED_TITLE_SIZE = 16;
    private static final float SHARED_QUOTE_SIZE = 13;
    private static final float SHARED_SUMMARY_SIZE = 12;
    /** Between one step's day bar and the next step's title on a shared page. */
    private static final float SHARED_GAP = 22;

    private final PDRectangle sheet;
    private final PDDocument document;
    private final HandoutFonts fonts;
    private final TextBlock text;
    private final MapForm map = new MapForm();
    private final ProjectedBasemap basemap;
    private final Dataset dataset;
    private final List<Step> deck;
    private final DateRange story;
    /** Where the facts come from, at each page's foot. */
    private final String credit;
    /** The days a time filter keeps, when one chose the steps. */
    private final Optional<DateRange> kept;

    /** @param sheet the page, in landscape */
    OnePerPage(PDDocument document, HandoutFonts fonts, PDRectangle sheet, ProjectedBasemap basemap, Dataset dataset,
               List<Step> deck) {
        this(document, fonts, sheet, basemap, dataset, deck, Credits.line(dataset));
    }

    /** As above, with {@code credit} at each page's foot (the one paper a handout is filtered to). */
    OnePerPage(PDDocument document, HandoutFonts fonts, PDRectangle sheet, ProjectedBasemap basemap, Dataset dataset,
               List<Step> deck, String credit) {
        this(document, fonts, sheet, basemap, dataset, deck, credit, Optional.empty());
    }

    /** As above, each page's day bar hatching the days outside {@code kept}, the days a time filter keeps. */
    OnePerPage(PDDocument document, HandoutFonts fonts, PDRectangle sheet, ProjectedBasemap basemap, Dataset dataset,
               List<Step> deck, String credit, Optional<DateRange> kept) {
        this.kept = kept;
        this.credit = credit;
        this.sheet = sheet;
        this.document = document;
        this.fonts = fonts;
        this.text = new TextBlock(fonts);
        this.basemap = basemap;
        this.dataset = dataset;
        this.deck = deck;
        this.story = PageStrip.storyOf(deck, kept, dataset.span());
    }

    /**
     * The steps of each page, in order: a step with a map has its page; steps without one, one after another,
     * share a page as long as they fit it whole, and a step that does not fit begins the next.
     */
    List<List<Step>> pages(List<Step> steps) throws IOException {
        List<List<Step>> pages = new ArrayList<>();
        List<Step> shared = new ArrayList<>();
        // A shared page's steps each end in their own day bar: the page's foot is only its credit line.
        float room = sharedTop() - MARGIN - 18 + SHARED_GAP;
        float used = 0;
        for (Step step : steps) {
            if (StepMap.hasMap(dataset, step)) {
                if (!shared.isEmpty()) {
                    pages.add(shared);
                    shared = new ArrayList<>();
                }
                pages.add(List.of(step));
                continue;
            }
            float height = sharedHeight(step);
            if (!shared.isEmpty() && used + height > room) {
                pages.add(shared);
                shared = new ArrayList<>();
            }
            used = shared.isEmpty() ? height : used + height;
            shared.add(step);
        }
        if (!shared.isEmpty()) {
            pages.add(shared);
        }
        return pages;
    }

    /** Adds a page of {@code steps}, one of {@link #pages}: a step alone on its page, else several without maps. */
    void add(List<Step> steps) throws IOException {
        if (steps.size() == 1) {
            add(steps.get(0));
        } else {
            addShared(steps);
        }
    }

    /** Where a page's day bar and what is below it begin: the body stops above it. */
    private static float footer() {
        return MARGIN + 18 + PageStrip.HEIGHT + 10;
    }

    /** The top of a shared page's first step, under the counter. */
    private float sharedTop() {
        return sheet.getHeight() - MARGIN - 26;
    }

    /** A step's words on a shared page, wrapped across the page's width. */
    private record Shared(List<String> title, List<String> meta, List<String> quote, List<String> credit,
                          List<String> summary) {
    }

    private Shared shared(Step step) throws IOException {
        float content = sheet.getWidth() - 2 * MARGIN;
        List<String> quote = step.hasQuote() ? text.wrap(step.quoted(), fonts.regular(), SHARED_QUOTE_SIZE, content, 9)
                : List.of();
        List<String> credit = step.hasQuote() && !step.credit().isEmpty()
                ? text.wrap("\u2014 " + step.credit(), fonts.bold(), SPEAKER_SIZE, content, 2) : List.of();
        return new Shared(text.wrap(step.title(), fonts.bold(), SHARED_TITLE_SIZE, content, 2),
                text.wrap(step.dateAndPlace(), fonts.regular(), META_SIZE, content, 1), quote, credit,
                text.wrap(step.summary(), fonts.regular(), SHARED_SUMMARY_SIZE, content, Integer.MAX_VALUE));
    }

    /** What a step takes of a shared page, from the top of its title to the gap below its day bar. */
    private float sharedHeight(Step step) throws IOException {
        return sharedStep(null, step, 0);
    }

    /** Several steps without maps on one page, each with its title, words and day bar, one under another. */
    private void addShared(List<Step> steps) throws IOException {
        PDPage page = new PDPage(sheet);
        document.addPage(page);
        float width = sheet.getWidth();
        Step first = steps.get(0);
        Step last = steps.get(steps.size() - 1);
        try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
            cs.setNonStrokingColor(0.35f);
            TextBlock.drawRight(cs, "Steps " + first.number() + "\u2013" + last.number() + " / " + first.total(),
                    fonts.regular(), SMALL_SIZE, width - MARGIN, sheet.getHeight() - MARGIN);
            float top = sharedTop();
            for (Step step : steps) {
                top -= sharedStep(cs, step, top);
            }
            PageFoot.draw(cs, fonts, credit, width);
        }
    }

    /**
     * Lays out one step of a shared page from {@code top} down, drawing it when {@code cs} is not null, and
     * returns the height it takes: measured and drawn by the same steps, the page's plan and its print agree.
     */
    private float sharedStep(PDPageContentStream cs, Step step, float top) throws IOException {
        Shared words = shared(step);
        float content = sheet.getWidth() - 2 * MARGIN;
        // The baseline of the line last set.
        float at = top - SHARED_TITLE_SIZE;
        at = lines(cs, words.title(), fonts.bold(), SHARED_TITLE_SIZE, at, SHARED_TITLE_SIZE * 1.2f, 0f);
        at = lines(cs, words.meta(), fonts.regular(), META_SIZE, at - META_SIZE * 1.3f - 2, META_SIZE * 1.3f, 0.3f);
        if (!words.quote().isEmpty()) {
            at = lines(cs, words.quote(), fonts.regular(), SHARED_QUOTE_SIZE, at - SHARED_QUOTE_SIZE * 1.35f - 10,
                    SHARED_QUOTE_SIZE * 1.35f, 0f);
            if (!words.credit().isEmpty()) {
                at = lines(cs, words.credit(), fonts.bold(), SPEAKER_SIZE, at - SPEAKER_SIZE * 1.3f - 2,
                        SPEAKER_SIZE * 1.3f, 0.3f);
            }
        }
        float leading = SHARED_SUMMARY_SIZE * SUMMARY_LEADING;
        at = lines(cs, words.summary(), fonts.regular(), SHARED_SUMMARY_SIZE, at - leading - 8, leading, 0.1f);
        // Below the last line's descenders.
        float stripTop = at - SHARED_SUMMARY_SIZE * 0.25f - 8;
        if (cs != null) {
            PageStrip.draw(cs, fonts, step, dataset.focus().orElse(null), kept, story, MARGIN,
                    stripTop - PageStrip.HEIGHT, content);
        }
        return top - stripTop + PageStrip.HEIGHT + SHARED_GAP;
    }

    /** Sets {@code lines} from baseline {@code first} down (when {@code cs} is not null); the last line's baseline. */
    private static float lines(PDPageContentStream cs, List<String> lines, PDFont font,
                               float size, float first, float leading, float grey) throws IOException {
        if (lines.isEmpty()) {
            return first + leading;
        }
        if (cs != null) {
            cs.setNonStrokingColor(grey);
            TextBlock.draw(cs, lines, font, size, MARGIN, first, leading);
        }
        return first - (lines.size() - 1) * leading;
    }

    void add(Step step) throws IOException {
        PDPage page = new PDPage(sheet);
        document.addPage(page);
        float width = sheet.getWidth();
        float top = sheet.getHeight() - MARGIN;
        float content = width - 2 * MARGIN;
        float column = (content - GAP) * 0.48f;
        float mapWidth = content - GAP - column;
        try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
            cs.setNonStrokingColor(0.35f);
            TextBlock.drawRight(cs, step.counter(), fonts.regular(), SMALL_SIZE, width - MARGIN, top);

            cs.setNonStrokingColor(0f);
            float y = top - 26;
            y = TextBlock.draw(cs, text.wrap(step.title(), fonts.bold(), TITLE_SIZE, content, 2),
                    fonts.bold(), TITLE_SIZE, MARGIN, y, TITLE_SIZE * 1.2f);
            cs.setNonStrokingColor(0.3f);
            y = TextBlock.draw(cs, text.wrap(step.dateAndPlace(), fonts.regular(), META_SIZE, content, 1),
                    fonts.regular(), META_SIZE, MARGIN, y + 4, META_SIZE * 1.3f);
            float bodyTop = y - 14;
            PageStrip.draw(cs, fonts, step, dataset.focus().orElse(null), kept, story, MARGIN, MARGIN + 14, content);
            float footer = footer();

            float mapHeight = bodyTop - footer - 6;
            var scene = StepMap.scene(basemap, dataset, deck, step.number() - 1, mapWidth, mapHeight);
            if (scene.isPresent()) {
                map.draw(document, cs, scene.get(), MARGIN + column + GAP, footer + 6);
            }
            // A step about no place has no map: its words take the whole width.
            float words = scene.isPresent() ? column : content;

            cs.setNonStrokingColor(0f);
            float left = bodyTop - QUOTE_SIZE;
            if (step.hasQuote()) {
                left = TextBlock.draw(cs, text.wrap(step.quoted(), fonts.regular(),
                        QUOTE_SIZE, words, 9), fonts.regular(), QUOTE_SIZE, MARGIN, left, QUOTE_SIZE * 1.35f);
                if (!step.credit().isEmpty()) {
                    cs.setNonStrokingColor(0.3f);
                    left = TextBlock.draw(cs, text.wrap("\u2014 " + step.credit(), fonts.bold(), SPEAKER_SIZE,
                            words, 2), fonts.bold(), SPEAKER_SIZE, MARGIN, left + 2, SPEAKER_SIZE * 1.3f);
                }
                left -= 14;
            }
            if (!step.isContext() || !drawEachWhole(cs, step, words, left, footer + 8)) {
                cs.setNonStrokingColor(0.1f);
                float size = summarySize(step.summary(), words, left - footer - 8);
                int room = Math.max(0, (int) ((left - footer - 8) / (size * SUMMARY_LEADING)));
                TextBlock.draw(cs, text.wrap(step.summary(), fonts.regular(), size, words, room),
                        fonts.regular(), size, MARGIN, left, size * SUMMARY_LEADING);
            }

            PageFoot.draw(cs, fonts, credit, width);
        }
    }

    /** The largest of the summary's sizes at which it fits {@code height} whole, else the least. */
    private float summarySize(String summary, float width, float height) throws IOException {
        for (float size : SUMMARY_SIZES) {
            int lines = text.wrap(summary, fonts.regular(), size, width, Integer.MAX_VALUE).size();
            if (lines * size * SUMMARY_LEADING <= height) {
                return size;
            }
        }
        return SUMMARY_SIZE;
    }

    /**
     * A context step's events one under another, each with its summary and the papers that report
     * it, when the page holds them whole: its list of titles alone had left most of a page blank
     * and the reader without what the papers said. False, drawing nothing, when they do not fit.
     */
    private boolean drawEachWhole(PDPageContentStream cs, Step step, float width, float top, float bottom)
            throws IOException {
        String[] titles = step.summary().split("\n");
        if (titles.length != step.context().size()) {
            return false;
        }
        List<List<String>> blocks = new ArrayList<>();
        float needed = 0;
        // Under the title's text, where its own wrapped lines hang: past the bullet, not a fixed step in.
        float indent = TextBlock.width(Step.BULLET, fonts.bold(), ITEM_SIZE);
        for (int i = 0; i < titles.length; i++) {
            Event e = step.context().get(i);
            List<String> title = text.wrap(titles[i], fonts.bold(), ITEM_SIZE, width, Integer.MAX_VALUE);
            List<String> summary = text.wrap(step.summaryOf(e), fonts.regular(), SUMMARY_SIZE, width - indent,
                    Integer.MAX_VALUE);
            List<String> papers = text.wrap(String.join("; ", Publishers.of(dataset, e)), fonts.regular(), SUMMARY_SIZE,
                    width - indent, Integer.MAX_VALUE);
            blocks.add(title);
            blocks.add(summary);
            blocks.add(papers);
            needed += title.size() * ITEM_SIZE * 1.3f + summary.size() * SUMMARY_SIZE * 1.4f
                    + papers.size() * SUMMARY_SIZE * 1.4f + ITEM_GAP;
        }
        if (needed > top - bottom) {
            return false;
        }
        float y = top;
        for (int i = 0; i < blocks.size(); i += 3) {
            cs.setNonStrokingColor(0f);
            y = TextBlock.draw(cs, blocks.get(i), fonts.bold(), ITEM_SIZE, MARGIN, y, ITEM_SIZE * 1.3f);
            cs.setNonStrokingColor(0.1f);
            y = TextBlock.draw(cs, blocks.get(i + 1), fonts.regular(), SUMMARY_SIZE, MARGIN + indent, y + 2,
                    SUMMARY_SIZE * 1.4f);
            cs.setNonStrokingColor(0.35f);
            y = TextBlock.draw(cs, blocks.get(i + 2), fonts.regular(), SUMMARY_SIZE, MARGIN + indent, y + 2,
                    SUMMARY_SIZE * 1.4f);
            y -= ITEM_GAP;
        }
        return true;
    }
}
