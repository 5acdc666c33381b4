package org.parley.ui.source;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import org.parley.model.Source;
import org.parley.model.Span;
import org.parley.render.Rgba;
import org.parley.render.Theme;
import org.parley.seed.SentenceAround;
import org.parley.ui.support.WebPages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One article, as given, with its evidence and quotation spans tinted by event kind. The text is
 * split once into {@link SpanSegments} (one Text node each); selection and search only restyle the
 * nodes concerned. Tints are shapes behind the text, taken from the flow's own line geometry.
 */
final class ArticleView extends VBox {

    static final String TEXT = "article-text";
    static final String MARKED = "article-span";
    static final String QUOTE = "quote-span";
    /** A marked passage in a headline, caption or other part of the page that is not reporting. */
    static final String NON_REPORTING = "non-reporting-span";
    static final String CURRENT = "current-span";
    static final String HIT = "search-hit";
    static final String FOUND = "find-match-tint";
    /** The outline of the passage the reader was turned to. */
    static final String PASSAGE = "read-passage-tint";
    static final String FOUND_CURRENT = "find-current-tint";
    /** Style class of the line saying the paper does not report the selected event. */
    static final String UNREPORTED = "unreported-notice";

    private static final double TINT = 0.18;
    private static final double QUOTE_TINT = 0.32;
    private static final double CURRENT_TINT = 0.5;
    /** About one line of the article's text and its spacing, in pixels. */
    private static final double LINE = 22;

    private final Source source;
    private final ArticleFlow flow = new ArticleFlow();
    private final ArticleSelection selection;
    private final SingleClick clicks;
    private final Group tints = new Group();
    private final Group hitTints = new Group();
    /** The outline of the passage the reader was turned to (a stance's words), under a search hit's ring. */
    private final Group passageTints = new Group();
    private Span passage;
    private final Group differenceTints = new Group();
    /** The find field's matches, over every other tint but under the reader's own selection. */
    private final Group findTints = new Group();
    private final List<Span> found = new ArrayList<>();
    private int currentFound = -1;
    /** This paper's readings of the compared fact, in the divergence's order; empty when none is chosen. */
    private final List<Span> comparedReadings = new ArrayList<>();
    private final List<Span> differences = new ArrayList<>();
    private final ScrollPane scroll;
    /**
     * Above the article, outside its scrolling: the selected event is not in this paper. Beside the paper that
     * reports it, the other had shown its opening, or the passage it was left at, as if that were its account.
     */
    private final Label unreported = new Label();
    private final StackPane page;
    private final List<SpanSegments.Segment> segments;
    private final List<Text> texts = new ArrayList<>();
    private final List<Path> segmentTints = new ArrayList<>();
    private final Map<String, ArticleMark> marks = new HashMap<>();
    private final Map<String, Set<Integer>> segmentsByEvent = new HashMap<>();
    private final List<Span> hits = new ArrayList<>();
    private final List<Integer> hitSegments = new ArrayList<>();
    private Set<Integer> current = Set.of();
    private String currentEvent;
    private Theme theme = Theme.LIGHT;
    private double laidOutWidth = -1;
    /** The offset into the article to scroll to once it is laid out, or null. */
    private Integer pendingScroll;
    private boolean outlinesStale;
    /** The offset last jumped to and the scroll position that showed it, to keep it at the top as the view resizes. */
    private Integer jumpedTo;
    private double jumpedPosition = Double.NaN;

    /** An article whose click on a passage chooses its event through {@code clicks}. */
    ArticleView(Source source, List<ArticleMark> articleMarks, Consumer<String> selectEvent, WebPages pages,
            SingleClick clicks) {
        this.source = source;
        this.clicks = clicks;
        this.selection = new ArticleSelection(flow, source.text());
        getStyleClass().add("article-view");
        List<SpanSegments.Mark> plain = new ArrayList<>();
        for (ArticleMark m : articleMarks) {
            marks.put(m.id(), m);
            plain.add(m.asMark());
        }
        segments = SpanSegments.split(source.text().length(), plain);
        for (int i = 0; i < segments.size(); i++) {
            texts.add(textFor(i, selectEvent));
        }
        flow.getChildren().setAll(texts);
        flow.getStyleClass().add("article-flow");
        flow.setAfterLayout(this::afterLayout);

        tints.setManaged(false);
        hitTints.setManaged(false);
        passageTints.setManaged(false);
        passageTints.setMouseTransparent(true);
        passageTints.layoutXProperty().bind(flow.layoutXProperty());
        passageTints.layoutYProperty().bind(flow.layoutYProperty());
        differenceTints.setManaged(false);
        findTints.setManaged(false);
        findTints.setMouseTransparent(true);
        findTints.layoutXProperty().bind(flow.layoutXProperty());
        findTints.layoutYProperty().bind(flow.layoutYProperty());
        differenceTints.layoutXProperty().bind(flow.layoutXProperty());
        differenceTints.layoutYProperty().bind(flow.layoutYProperty());
        tints.layoutXProperty().bind(flow.layoutXProperty());
        tints.layoutYProperty().bind(flow.layoutYProperty());
        hitTints.layoutXProperty().bind(flow.layoutXProperty());
        hitTints.layoutYProperty().bind(flow.layoutYProperty());
        StackPane page = new StackPane(tints, passageTints, hitTints, differenceTints, findTints, selection.shape(), flow);
        page.getStyleClass().add("article-page");

        this.page = page;
        // The headline scrolls away with the text: fixed above it, a side-by-side column of a
        // 1280×720 window gave the headline most of its height and the article a few lines.
        scroll = new ScrollPane(new VBox(new ArticleHeader(source, pages), page));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("article-scroll");
        scroll.setFocusTraversable(true);
        // Before the selection's own handler: the second press of a double click takes back the first click.
        page.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getClickCount() >= 2) {
                clicks.cancel();
            }
        });
        selection.install(page, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        unreported.setText((source.publisher().isBlank() ? source.title() : source.publisher())
                + " does not report the selected event.");
        unreported.getStyleClass().add(UNREPORTED);
        unreported.setWrapText(true);
        unreported.setMaxWidth(Double.MAX_VALUE);
        unreported.setMinHeight(Region.USE_PREF_SIZE);
        unreported.setVisible(false);
        unreported.setManaged(false);
        getChildren().addAll(unreported, scroll);
        // A view made shorter or taller (side by side turning to one paper above the other) moves the text
        // under a scroll position kept as a fraction: the passage jumped to is put back at the top, whole.
        scroll.viewportBoundsProperty().addListener((o, was, now) -> {
            if (was.getHeight() != now.getHeight() && jumpedTo != null && scroll.getVvalue() == jumpedPosition) {
                int offset = jumpedTo;
                Platform.runLater(() -> {
                    // Not when another passage was jumped to meanwhile (a Compare card chosen as the blocks
                    // changed height): its place matched, and this put the card chosen before back.
                    if (scroll.getVvalue() == jumpedPosition && jumpedTo != null && jumpedTo == offset) {
                        scrollToOffset(offset);
                    }
                });
            }
        });
    }

    private Text textFor(int index, Consumer<String> selectEvent) {
        SpanSegments.Segment s = segments.get(index);
        Text t = new Text(source.text().substring(s.start(), s.end()));
        t.getStyleClass().add(TEXT);
        Path tint = null;
        if (s.marked()) {
            ArticleMark inner = marks.get(s.innermost());
            t.getStyleClass().add(MARKED);
            if (inner.quote()) {
                t.getStyleClass().add(QUOTE);
            }
            if (inner.nonReporting()) {
                t.getStyleClass().add(NON_REPORTING);
            }
            t.setCursor(Cursor.HAND);
            Tooltip.install(t, new Tooltip(tooltip(s)));
            // A drag or a double click over a passage selects its words, not its event.
            t.setOnMouseClicked(e -> {
                if (e.getClickCount() == 1 && e.isStillSincePress() && !selection.hasSelection()) {
                    clicks.later(() -> selectEvent.accept(inner.eventId()));
                }
            });
            for (String id : s.ids()) {
                segmentsByEvent.computeIfAbsent(marks.get(id).eventId(), k -> new LinkedHashSet<>()).add(index);
            }
            tint = new Path();
            tint.getStyleClass().add("span-tint");
            tint.setStrokeWidth(0);
            tints.getChildren().add(tint);
        }
        segmentTints.add(tint);
        return t;
    }

    private String tooltip(SpanSegments.Segment s) {
        Set<String> lines = new LinkedHashSet<>();
        for (String id : s.ids()) {
            lines.add(marks.get(id).tooltip());
        }
        return String.join("\n", lines);
    }

    Source source() {
        return source;
    }

    ScrollPane scrollPane() {
        return scroll;
    }

    List<Text> texts() {
        return texts;
    }

    ArticleSelection selection() {
        return selection;
    }

    /** True when the event has evidence or a quotation in this article. */
    boolean mentions(String eventId) {
        return eventId != null && segmentsByEvent.containsKey(eventId);
    }

    void setTheme(Theme theme) {
        this.theme = theme;
        for (int i = 0; i < segments.size(); i++) {
            paint(i);
        }
    }

    /** Marks the event's spans as current and scrolls to the first; only the nodes that change are touched. */
    void markCurrent(String eventId) {
        Set<Integer> now = mentions(eventId) ? segmentsByEvent.get(eventId) : Set.of();
        Set<Integer> was = current;
        current = now;
        currentEvent = eventId;
        boolean silent = eventId != null && now.isEmpty();
        unreported.setVisible(silent);
        unreported.setManaged(silent);
        for (int i : was) {
            texts.get(i).getStyleClass().remove(CURRENT);
            paint(i);
        }
        for (int i : now) {
            if (!texts.get(i).getStyleClass().contains(CURRENT)) {
                texts.get(i).getStyleClass().add(CURRENT);
            }
            paint(i);
        }
        // Not when one of its passages is in view already: a click on a passage selected its event
        // and the reader jumped away to the event's first passage, and the reader lost their place.
        if (!now.isEmpty() && now.stream().noneMatch(this::inView)) {
            scrollToSegment(now.iterator().next());
        }
    }

    /** Where the viewport's top edge stands in the scrolled content, in pixels. */
    private double viewportTop() {
        double viewport = scroll.getViewportBounds().getHeight();
        double content = scroll.getContent().getLayoutBounds().getHeight();
        return Math.max(0, content - viewport) * (scroll.getVvalue() - scroll.getVmin())
                / Math.max(1e-9, scroll.getVmax() - scroll.getVmin());
    }

    /** Whether segment {@code index} is at least partly inside the scroll pane's viewport. */
    private boolean inView(int index) {
        double viewport = scroll.getViewportBounds().getHeight();
        if (laidOutWidth < 0 || viewport <= 0) {
            return false;
        }
        double top = viewportTop();
        Bounds b = texts.get(index).getBoundsInParent();
        double y = page.getLayoutY() + flow.getLayoutY();
        return y + b.getMaxY() > top && y + b.getMinY() < top + viewport;
    }

    /** Marks the search's hits; scrolls to the first only when {@code scroll} (not while a chosen event is in view). */
    void markHits(List<Span> spans, boolean scroll) {
        for (int i : hitSegments) {
            texts.get(i).getStyleClass().remove(HIT);
        }
        hitSegments.clear();
        hits.clear();
        hits.addAll(spans);
        for (Span hit : spans) {
            for (int i = 0; i < segments.size(); i++) {
                SpanSegments.Segment s = segments.get(i);
                if (s.start() < hit.end() && hit.start() < s.end() && !hitSegments.contains(i)) {
                    hitSegments.add(i);
                    texts.get(i).getStyleClass().add(HIT);
                }
            }
        }
        reshapeAfterLayout();
        if (scroll && !hitSegments.isEmpty()) {
            scrollToOffset(spans.stream().mapToInt(Span::start).min().orElseThrow());
        }
    }

    /**
     * Outlines the passage the reader was turned to, or none ({@code null}): a stance's words on the
     * positions board are often not its event's passage, and only the event's were outlined, so the
     * reader was left to find the stance's words in a screen of tinted text.
     */
    void markPassage(Span span) {
        passage = span;
        reshapeAfterLayout();
    }

    /** The passage outlined now, or null; for tests. */
    Span markedPassage() {
        return passage;
    }

    /**
     * Outlines this paper's readings of a compared fact and marks the words in which it differs
     * from the other paper's, then scrolls to the first; no readings clears the marks.
     */
    void markDifferences(List<Span> readings, List<Span> differing) {
        comparedReadings.clear();
        comparedReadings.addAll(readings);
        differences.clear();
        differences.addAll(differing);
        reshapeAfterLayout();
        if (!readings.isEmpty()) {
            scrollToOffset(readings.get(0).start());
        }
    }

    /** The readings outlined now, as offsets into the article; for tests. */
    List<Span> comparedReadings() {
        return List.copyOf(comparedReadings);
    }

    /**
     * Marks the find field's matches, {@code current} (an index into them, or -1) the stronger, and
     * scrolls the current one into view unless it is in view already.
     */
    void markFound(List<Span> matches, int current) {
        found.clear();
        found.addAll(matches);
        currentFound = current;
        reshapeAfterLayout();
        if (current >= 0 && current < matches.size() && !offsetInView(matches.get(current).start())) {
            revealOffset(matches.get(current).start());
        }
    }

    /** Where the article is scrolled to, as its scroll pane's value. */
    double scrollPosition() {
        return scroll.getVvalue();
    }

    /** Scrolls back to a position {@link #scrollPosition} gave. */
    void scrollBackTo(double position) {
        scroll.setVvalue(position);
    }

    /** Whether the line holding the character at {@code offset} starts at or below the viewport's top edge. */
    boolean offsetFromViewOn(int offset) {
        if (laidOutWidth < 0 || scroll.getViewportBounds().getHeight() <= 0) {
            return false;
        }
        return page.getLayoutY() + flow.getLayoutY() + lineTop(offset) >= viewportTop();
    }

    /** The find field's matches marked now, and which is current; for tests. */
    List<Span> foundMarks() {
        return List.copyOf(found);
    }

    int currentFound() {
        return currentFound;
    }

    /** How many whole lines of the article's text show under its header, scrolled to the top; for tests. */
    int linesUnderHeader() {
        double below = scroll.getViewportBounds().getHeight() - page.getLayoutY() - flow.getLayoutY();
        return (int) Math.max(0, Math.floor(below / LINE));
    }

    /** Whether the line holding the character at {@code offset} lies wholly inside the viewport. */
    boolean offsetInView(int offset) {
        double viewport = scroll.getViewportBounds().getHeight();
        if (laidOutWidth < 0 || viewport <= 0) {
            return false;
        }
        double top = viewportTop();
        double y = page.getLayoutY() + flow.getLayoutY() + lineTop(offset);
        return y >= top && y + LINE < top + viewport;
    }

    /** Scrolls to the text at {@code offset}, once the article is laid out if it is not yet. */
    void scrollTo(int offset) {
        scrollToOffset(offset);
    }

    /** The segment holding the character at {@code offset}. */
    private int segmentAt(int offset) {
        for (int i = 0; i < segments.size(); i++) {
            if (offset < segments.get(i).end()) {
                return i;
            }
        }
        return segments.size() - 1;
    }

    /** The differing words marked now, as offsets into the article; for tests. */
    List<Span> markedDifferences() {
        return List.copyOf(differences);
    }

    private void shapeDifferences() {
        differenceTints.getChildren().clear();
        if (laidOutWidth < 0) {
            return;
        }
        for (Span reading : comparedReadings) {
            Path outline = new Path(flow.rangeShape(reading.start(), reading.end()));
            outline.getStyleClass().add("compared-reading-tint");
            differenceTints.getChildren().add(outline);
        }
        for (Span d : differences) {
            Path p = new Path(flow.rangeShape(d.start(), d.end()));
            p.getStyleClass().add("differing-words-tint");
            differenceTints.getChildren().add(p);
        }
    }

    private void paint(int index) {
        Path tint = segmentTints.get(index);
        if (tint == null) {
            return;
        }
        SpanSegments.Segment s = segments.get(index);
        boolean isCurrent = current.contains(index);
        ArticleMark colourFrom = marks.get(s.innermost());
        if (isCurrent) {
            // A segment shared by several events shows the selected one's colour while it is selected.
            colourFrom = s.ids().stream().map(marks::get).filter(m -> m.eventId().equals(currentEvent))
                    .findFirst().orElse(colourFrom);
        }
        Rgba c = theme.kind(colourFrom.kind());
        double alpha = isCurrent ? CURRENT_TINT : colourFrom.quote() ? QUOTE_TINT : TINT;
        tint.setFill(Color.color(c.r(), c.g(), c.b(), alpha));
        tint.setStroke(isCurrent ? Color.color(c.r(), c.g(), c.b()) : Color.TRANSPARENT);
        tint.setStrokeWidth(isCurrent ? 1.2 : 0);
    }

    /**
     * Outlines are shaped in the flow's next layout pass, not now: restyled text invalidates the
     * flow's lines, and a shape taken before they are laid out again came from another wrapping (a
     * search hit's outline, side by side, sat a word to the right and a line short of its words).
     */
    private void reshapeAfterLayout() {
        outlinesStale = true;
        flow.requestLayout();
    }

    private void afterLayout() {
        double width = flow.getWidth();
        if (outlinesStale && width == laidOutWidth) {
            outlinesStale = false;
            shapePassage();
            shapeHits();
            shapeDifferences();
            shapeFound();
        }
        if (width != laidOutWidth) {
            outlinesStale = false;
            boolean reflowed = laidOutWidth >= 0;
            laidOutWidth = width;
            if (reflowed && pendingScroll == null && !comparedReadings.isEmpty()) {
                // Rewrapped lines move the passage; the old scroll position no longer shows it. A
                // compared reading was the last thing asked for (the reader turns side by side for it).
                pendingScroll = comparedReadings.get(0).start();
            } else if (reflowed && pendingScroll == null && !current.isEmpty()) {
                pendingScroll = segments.get(current.iterator().next()).start();
            }
            for (int i = 0; i < segments.size(); i++) {
                Path tint = segmentTints.get(i);
                if (tint != null) {
                    SpanSegments.Segment s = segments.get(i);
                    tint.getElements().setAll(flow.rangeShape(s.start(), s.end()));
                }
            }
            shapePassage();
            shapeHits();
            shapeDifferences();
            shapeFound();
            selection.reshape();
        }
        if (pendingScroll != null) {
            int offset = pendingScroll;
            pendingScroll = null;
            // The scroll pane is itself mid-layout here; move it once this pass is over.
            Platform.runLater(() -> scrollToOffset(offset));
        }
    }

    /** The top of the line that holds the character at {@code offset}, in the flow's coordinates. */
    private double lineTop(int offset) {
        int at = Math.max(0, Math.min(offset, source.text().length() - 1));
        PathElement[] shape = flow.rangeShape(at, at + 1);
        return shape.length > 0 ? new Path(shape).getLayoutBounds().getMinY()
                : texts.get(segmentAt(at)).getBoundsInParent().getMinY();
    }

    private void shapePassage() {
        passageTints.getChildren().clear();
        if (laidOutWidth < 0 || passage == null) {
            return;
        }
        Path p = new Path(flow.rangeShape(passage.start(), passage.end()));
        p.getStyleClass().add(PASSAGE);
        passageTints.getChildren().add(p);
    }

    private void shapeHits() {
        hitTints.getChildren().clear();
        if (laidOutWidth < 0) {
            return;
        }
        for (Span hit : hits) {
            Path p = new Path(flow.rangeShape(hit.start(), hit.end()));
            p.getStyleClass().add("search-hit-tint");
            hitTints.getChildren().add(p);
        }
    }

    private void shapeFound() {
        findTints.getChildren().clear();
        if (laidOutWidth < 0) {
            return;
        }
        for (int i = 0; i < found.size(); i++) {
            Path p = new Path(flow.rangeShape(found.get(i).start(), found.get(i).end()));
            p.getStyleClass().add(i == currentFound ? FOUND_CURRENT : FOUND);
            findTints.getChildren().add(p);
        }
    }

    private void scrollToSegment(int index) {
        scrollToOffset(segments.get(index).start());
    }

    /** Whether the article can scroll now; not yet laid out, the offset waits for it. */
    private boolean scrollable(int offset) {
        double viewport = scroll.getViewportBounds().getHeight();
        // Restyled text waiting for its next layout has its lines' old places: a Compare card's passage
        // scrolled to then sat a line and more below the top, under a sliced line. Laid out now, at its width.
        if (laidOutWidth >= 0 && viewport > 0 && (flow.isNeedsLayout() || page.isNeedsLayout())) {
            applyCss();
            layout();
            viewport = scroll.getViewportBounds().getHeight();
        }
        if (laidOutWidth < 0 || viewport <= 0) {
            pendingScroll = offset;
            return false;
        }
        return scroll.getContent().getLayoutBounds().getHeight() > viewport;
    }

    /*
     * Only as far as the line needs, with a line of the text around it, when it lies within a screen of
     * the view: the find's next match a line below the view had moved the article most of a screen, and
     * the reader lost the line they were on. Farther, as any passage is shown.
     */
    private void revealOffset(int offset) {
        if (!scrollable(offset)) {
            return;
        }
        double viewport = scroll.getViewportBounds().getHeight();
        double content = scroll.getContent().getLayoutBounds().getHeight();
        double top = viewportTop();
        double y = page.getLayoutY() + flow.getLayoutY() + lineTop(offset);
        double newTop;
        if (y < top && top - y <= viewport) {
            newTop = y - LINE;
        } else if (y >= top && y + LINE - (top + viewport) <= viewport) {
            newTop = y + 2 * LINE - viewport;
        } else {
            scrollToOffset(offset);
            return;
        }
        double v = newTop / (content - viewport);
        scroll.setVvalue(Math.max(0, Math.min(1, v)) * (scroll.getVmax() - scroll.getVmin()) + scroll.getVmin());
    }

    /*
     * To the line where the sentence holding the offset starts, when that line and the offset's both fit in the
     * view; else to the offset's own line. A search hit or a compared reading read from the middle of a sentence
     * ("Ryabkov," with "After Monday's talks, Sergei A." above the view), and a compared reading lines into a
     * long passage must still show whole: in a 1280×720 window's column of six lines the Post's "President
     * Vladimir Putin" was below the passage's first lines.
     */
    private void scrollToOffset(int offset) {
        if (!scrollable(offset)) {
            return;
        }
        double viewport = scroll.getViewportBounds().getHeight();
        double content = scroll.getContent().getLayoutBounds().getHeight();
        double y = page.getLayoutY() + flow.getLayoutY() + lineTop(sentenceStartShownWith(offset, viewport));
        // The passage's line at the top, whole, in the gap above it: a fifth of the view above the passage
        // had the top edge fall across a line of the text before it, sliced in half. Near the article's end,
        // where the view cannot go that far, the top is the line the furthest position shows first.
        double top = Math.min(y - gapAbove(), content - viewport);
        if (top < y - gapAbove()) {
            top = lineTopAtOrAbove(top - page.getLayoutY() - flow.getLayoutY()) + page.getLayoutY()
                    + flow.getLayoutY() - gapAbove();
        }
        double v = top / (content - viewport);
        scroll.setVvalue(Math.max(0, Math.min(1, v)) * (scroll.getVmax() - scroll.getVmin()) + scroll.getVmin());
        jumpedTo = offset;
        jumpedPosition = scroll.getVvalue();
    }

    /**
     * The start of the sentence holding {@code offset} when the lines from it to the offset's line fit in
     * {@code viewport} with the gap above; else {@code offset}.
     */
    private int sentenceStartShownWith(int offset, double viewport) {
        String text = source.text();
        int at = Math.max(0, Math.min(offset, text.length() - 1));
        int start = SentenceAround.spanOf(text, new Span(at, at)).start();
        while (start < at && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return lineTop(offset) + LINE - lineTop(start) + gapAbove() <= viewport ? start : offset;
    }

    /** Half the space between two lines: the top edge sits there, between a line and the one above it. */
    private double gapAbove() {
        return flow.getLineSpacing() / 2;
    }

    /** The top of the line at or above {@code y} in the flow's coordinates, whose top is at or above it. */
    private double lineTopAtOrAbove(double y) {
        if (y <= 0) {
            return 0;
        }
        double lineTop = lineTop(flow.hitTest(new Point2D(1, y)).getCharIndex());
        return lineTop <= y ? lineTop : lineTopAtOrAbove(y - LINE);
    }
}
