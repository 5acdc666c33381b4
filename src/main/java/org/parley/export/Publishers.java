package org.parley.export;

import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Evidence;
import org.parley.model.Source;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Who reported what: the publishers behind an event, and the credit line for a whole dataset. */
final class Publishers {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private Publishers() {
    }

    /** The publishers of the sources that give evidence for {@code event}, in evidence order. */
    static List<String> of(Dataset data, Event event) {
        return event.evidence().stream().map(Evidence::source).distinct()
                .map(id -> data.source(id).map(Source::publisher).orElse(id))
                .distinct().toList();
    }

    /**
     * "Sources: The Washington Post, The New York Times, 12 Jan 2022" when the papers share a date,
     * otherwise each publisher with its own date; empty when there are no sources.
     */
    static String creditLine(Dataset data) {
        List<Source> sources = data.sources();
        if (sources.isEmpty()) {
            return "";
        }
        List<LocalDate> dates = sources.stream().map(Source::published).distinct().toList();
        String body;
        if (dates.size() == 1) {
            body = sources.stream().map(Source::publisher).distinct().collect(Collectors.joining(", "))
                    + ", " + DATE.format(dates.get(0));
        } else {
            body = sources.stream().map(s -> s.publisher() + ", " + DATE.format(s.published()))
                    .distinct().collect(Collectors.joining("; "));
        }
        return "Sources: " + body;
    }
}
