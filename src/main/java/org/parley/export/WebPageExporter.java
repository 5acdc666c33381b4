package org.parley.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import org.parley.export.handout.Steps;
import org.parley.export.image.ImageExport;
import org.parley.export.image.ImageFormat;
import org.parley.export.image.ImageRequest;
import org.parley.export.image.View;
import org.parley.model.Actor;
import org.parley.model.Dataset;
import org.parley.model.DateRange;
import org.parley.model.Divergence;
import org.parley.model.Event;
import org.parley.model.Evidence;
import org.parley.model.Place;
import org.parley.model.Quote;
import org.parley.model.Reading;
import org.parley.model.Source;
import org.parley.seed.Printable;

/**
 * One self-contained web page a teacher can put on a course site or send to students: the week's
 * timeline and the map (inline SVG from the image export's painters), the week's days, then every
 * event in narrative order with its quotes, the sentences it rests on and where the papers differ —
 * the talks first, then "how we got here". Styles and the
 * small keyboard script are inline; the page loads nothing from anywhere.
 */
public final class WebPageExporter implements FileExporter {

    public static final String DEFAULT_NAME = "parley-week.html";

    /** The page's column (web-page.css: 1100 px less padding, border and scroll bar): no sideways scrolling. */
    private static final double TIMELINE_WIDTH = 1040;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    /** Writes the page to {@code out} (a file, or a folder for {@value #DEFAULT_NAME}); returns the file. */
    @Override
    public List<Path> export(Dataset data, Path out, Overwrite overwrite, BooleanSupplier cancelled) {
        Path file = OutputFile.resolve(out, DEFAULT_NAME);
        String page = page(data, cancelled);
        AtomicFiles.write(file, overwrite, cancelled, stream -> stream.write(page.getBytes(StandardCharsets.UTF_8)));
        return List.of(file);
    }

    /**
     * Whether the page of {@code events} of {@code data}, in narrative order, draws the map: only when some event
     * is of its story ({@link Steps#part}, as {@link #page} sorts them). A page of the events before the talks alone
     * draws none, and weighs kilobytes where the basemap alone is 1.25 MB. O(1): the latest event starts last.
     */
    static boolean drawsMap(Dataset data, List<Event> events) {
        if (events.isEmpty()) {
            return false;
        }
        return Steps.part(events.get(events.size() - 1), data.focus().orElse(null)) == Steps.Part.STORY;
    }

    static String page(Dataset data) {
        return page(data, AtomicFiles.NEVER);
    }

    /** The page; its events are most of a minute's work at 100,000, so a cancel is heeded between them. */
    static String page(Dataset data, BooleanSupplier cancelled) {
        DateRange focus = data.focus().orElse(null);
        List<Event> story = new ArrayList<>();
        List<Event> next = new ArrayList<>();
        List<Event> background = new ArrayList<>();
        for (Event e : data.eventsInNarrativeOrder()) {
            switch (Steps.part(e, focus)) {
                case STORY -> story.add(e);
                case NEXT -> next.add(e);
                case BACKGROUND -> background.add(e);
            }
        }
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                // Nothing may be fetched: scripts and styles only from this page itself.
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n")
                .append("<title>").append(esc(data.title())).append("</title>\n<style>\n")
                .append(resource("web-page.css")).append("</style>\n</head>\n<body>\n<header>\n<h1>")
                .append(esc(data.title())).append("</h1>\n");
        if (!data.description().isBlank()) {
            h.append("<p class=\"lede\">").append(esc(data.description())).append("</p>\n");
        }
        h.append("<p class=\"hint\">Step through the events with <kbd>\u2190</kbd> <kbd>\u2192</kbd> ")
                .append("(or <kbd>\u2191</kbd> <kbd>\u2193</kbd>), <kbd>Home</kbd> and <kbd>End</kbd>.</p>\n")
                .append("</header>\n<main>\n");
        String storyHeading = storyHeading(data);
        if (!story.isEmpty() && focus != null) {
            // The export's own timeline of the week, drawn by the same painter; its marks are linked to
            // the events below (a click shows the event, the event shown is outlined in the drawing).
            h.append("<figure class=\"week\" role=\"group\" tabindex=\"0\" aria-label=\"Timeline of ")
                    .append(esc(storyHeading.toLowerCase(Locale.ROOT))).append(" ")
                    .append("(scrolls; click an event to read it)\">\n")
                    .append(new ImageExport().svgElement(data, ImageRequest.of(View.TIMELINE, ImageFormat.SVG),
                            TIMELINE_WIDTH))
                    .append("\n</figure>\n");
        }
        AtomicFiles.stopIf(cancelled);
        if (!story.isEmpty()) {
            h.append("<figure class=\"map\" aria-label=\"Map of the places\">\n")
                    .append(new ImageExport().svgElement(data, ImageRequest.of(View.MAP, ImageFormat.SVG)))
                    .append("\n</figure>\n");
        }
        h.append("<div id=\"status\" role=\"status\" aria-live=\"polite\"></div>\n");
        if (focus != null && !story.isEmpty()) {
            // A link for each day the story has an event on, where its anchor is: a day without one
            // would link nowhere, and a focus of centuries once meant millions of links.
            h.append("<nav class=\"days\" aria-label=\"Days\">");
            for (LocalDate d : new TreeSet<>(story.stream().map(e -> e.time().startDate()).toList())) {
                h.append("<a href=\"#day-").append(d).append("\" data-day=\"").append(d).append("\">")
                        .append(DAY.format(d)).append("</a>");
            }
            h.append("</nav>\n");
        }
        AtomicFiles.stopIf(cancelled);
        int[] n = {0};
        section(h, data, storyHeading, story, n, cancelled);
        section(h, data, "What comes next", next, n, cancelled);
        section(h, data, "How we got here", background, n, cancelled);
        h.append("</main>\n<footer><p class=\"credit\">").append(esc(Credits.line(data)))
                .append(" \u00B7 Made with Parley.</p></footer>\n<script>\n").append(resource("web-page.js"))
                .append("</script>\n</body>\n</html>\n");
        return h.toString();
    }

    /**
     * The first section's heading: "The week" of a dataset that declares what it is about; a dataset that
     * declares nothing leads with the busiest week its events show, named so (as its TimelineJS era is),
     * not as if the data were a week's.
     */
    private static String storyHeading(Dataset data) {
        return data.declaredFocus().isPresent() ? "The week" : TimelineJsExporter.BUSIEST_WEEK;
    }

    private static void section(StringBuilder h, Dataset data, String heading, List<Event> events, int[] n,
                                BooleanSupplier cancelled) {
        if (events.isEmpty()) {
            return;
        }
        h.append("<section>\n<h2>").append(esc(heading)).append("</h2>\n<ol class=\"timeline\">\n");
        LocalDate lastDay = null;
        for (Event e : events) {
            AtomicFiles.stopIf(cancelled);
            LocalDate day = e.time().startDate();
            String anchor = day.equals(lastDay) ? "" : " id=\"day-" + day + "\"";
            lastDay = day;
            n[0]++;
            h.append("<li class=\"event\" tabindex=\"-1\"").append(anchor).append(" data-day=\"").append(day)
                    .append("\" data-id=\"").append(esc(e.id())).append("\" data-title=\"").append(esc(e.title()))
                    .append("\">\n<h3>").append(esc(e.title())).append("</h3>\n<div class=\"when\">")
                    .append(esc(e.time().label()));
            data.place(e.place()).map(Place::name).ifPresent(p -> h.append(" \u00B7 ").append(esc(p)));
            h.append("</div>\n");
            if (!EvidenceNotes.modality(e).isEmpty()) {
                h.append("<p class=\"modality\">").append(esc(EvidenceNotes.modality(e))).append("</p>\n");
            }
            h.append("<p>").append(esc(e.summary())).append("</p>\n");
            if (e.inferred()) {
                h.append("<p class=\"inferred\">").append(esc(EvidenceNotes.inferred(e))).append("</p>\n");
            }
            for (Quote q : data.quotesOf(e.id())) {
                String speaker = data.actor(q.speaker()).map(Actor::name).orElse(q.speaker());
                h.append("<blockquote>\u201C").append(esc(q.text())).append("\u201D<cite>\u2014 ")
                        .append(esc(speaker)).append(", ").append(esc(publisher(data, q.source())))
                        .append("</cite></blockquote>\n");
            }
            for (Divergence d : data.divergencesOf(e.id())) {
                h.append("<p class=\"differ\"><strong>The papers differ: ").append(esc(d.topic())).append(".</strong>");
                for (Reading r : d.readings()) {
                    h.append(" ").append(esc(publisher(data, r.source()))).append(": ").append(esc(Printable.quoted(r.text())))
                            .append(".");
                }
                h.append("</p>\n");
            }
            h.append("<details class=\"evidence\"><summary>What the papers say</summary><ul>");
            for (Evidence ev : e.evidence()) {
                h.append("<li>").append(esc(publisher(data, ev.source()))).append(": ").append(esc(Printable.quoted(ev.text())))
                        .append("</li>");
            }
            h.append("</ul></details>\n</li>\n");
        }
        h.append("</ol>\n</section>\n");
    }

    private static String publisher(Dataset data, String sourceId) {
        return data.source(sourceId).map(Source::publisher).orElse(sourceId);
    }

    private static String esc(String text) {
        return Html.escape(text);
    }

    private static String resource(String name) {
        try (InputStream in = WebPageExporter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
