package org.parley.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parley.model.Actor;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Modality;
import org.parley.model.Precision;
import org.parley.model.Quote;
import org.parley.model.Source;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Writes the dataset as a Knight Lab TimelineJS3 JSON file: a title slide, one slide per event in
 * narrative order (grouped by lane), and the week of talks as an era. TimelineJS renders headline
 * and text as HTML, so every piece of dataset text in them is escaped.
 */
public final class TimelineJsExporter implements FileExporter {

    /** The file written when {@code --out} names a folder. */
    public static final String DEFAULT_NAME = "timeline.json";

    static final String BUSIEST_WEEK = "The busiest week";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Writes the timeline to {@code out} (a file, or a folder for {@value #DEFAULT_NAME}); returns the file. */
    @Override
    public List<Path> export(Dataset data, Path out, Overwrite overwrite, BooleanSupplier cancelled) {
        Path file = OutputFile.resolve(out, DEFAULT_NAME);
        ObjectNode tree = timeline(data);
        AtomicFiles.stopIf(cancelled);
        JsonFiles.write(file, overwrite, cancelled, tree);
        return List.of(file);
    }

    static ObjectNode timeline(Dataset data) {
        ObjectNode root = JSON.objectNode();
        root.set("title", titleSlide(data));
        ArrayNode events = root.putArray("events");
        data.eventsInNarrativeOrder().forEach(e -> events.add(slide(data, e)));
        ArrayNode eras = root.putArray("eras");
        focusEra(data).ifPresent(eras::add);
        return root;
    }

    private static ObjectNode titleSlide(Dataset data) {
        ObjectNode slide = JSON.objectNode();
        StringBuilder text = new StringBuilder();
        if (!data.description().isBlank()) {
            text.append(paragraph(data.description()));
        }
        String credit = Credits.line(data);
        if (!credit.isEmpty()) {
            text.append(paragraph(credit));
        }
        slide.set("text", text(data.title(), text.toString()));
        return slide;
    }

    private static ObjectNode slide(Dataset data, Event e) {
        ObjectNode slide = JSON.objectNode();
        slide.set("start_date", TimelineDates.start(e.time()));
        TimelineDates.end(e.time()).ifPresent(end -> slide.set("end_date", end));
        // TimelineJS would print "January 1990" for a decade or a season's first month; the label says what the papers say.
        if (e.time().precision() != Precision.DAY) {
            slide.put("display_date", e.time().label());
        }
        slide.set("text", text(e.title(), body(data, e)));
        slide.put("group", e.track().label());
        slide.put("unique_id", e.id());
        return slide;
    }

    private static String body(Dataset data, Event e) {
        StringBuilder html = new StringBuilder();
        if (e.modality() != Modality.HAPPENED) {
            // Not yet (or not) happened as of the papers' date: say so before anything else.
            html.append(paragraph(EvidenceNotes.modality(e)));
        }
        if (!e.summary().isBlank()) {
            html.append(paragraph(e.summary()));
        }
        if (e.inferred()) {
            html.append(paragraph(EvidenceNotes.inferred(e)));
        }
        if (data.restsOnlyOnNonReporting(e)) {
            html.append(paragraph("Known only from a headline, caption or other part that is not reporting."));
        }
        data.quotesOf(e.id()).stream().findFirst().ifPresent(q -> html.append(quote(data, q)));
        List<String> publishers = Publishers.of(data, e);
        if (!publishers.isEmpty()) {
            html.append(paragraph("Sources: " + String.join(", ", publishers)));
        }
        return html.toString();
    }

    private static String quote(Dataset data, Quote q) {
        String speaker = data.actor(q.speaker()).map(Actor::name).orElse(q.speaker());
        String publisher = data.source(q.source()).map(Source::publisher).orElse(q.source());
        return "<blockquote>“" + Html.escape(q.text()) + "”<br>— " + Html.escape(speaker)
                + " (" + Html.escape(publisher) + ")</blockquote>";
    }

    /**
     * The dataset's focus as an era: the days of the talks for the bundled week, named by its
     * title when the curator declared it, else the busiest week the data shows.
     */
    private static Optional<ObjectNode> focusEra(Dataset data) {
        if (data.focus().isEmpty()) {
            return Optional.empty();
        }
        LocalDate first = data.focus().get().first();
        LocalDate last = data.focus().get().last();
        String headline = data.declaredFocus().isPresent() ? data.title() : BUSIEST_WEEK;
        ObjectNode era = JSON.objectNode();
        era.set("start_date", day(first));
        era.set("end_date", day(last));
        era.set("text", JSON.objectNode().put("headline", headline));
        return Optional.of(era);
    }

    private static ObjectNode day(LocalDate d) {
        return JSON.objectNode().put("year", d.getYear()).put("month", d.getMonthValue()).put("day", d.getDayOfMonth());
    }

    private static ObjectNode text(String headline, String html) {
        return JSON.objectNode().put("headline", Html.escape(headline)).put("text", html);
    }

    private static String paragraph(String plain) {
        return "<p>" + Html.escape(plain) + "</p>";
    }
}
