package org.parley.export;

import org.parley.model.Dataset;
import org.parley.model.Source;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The line that says where a picture's or a file's facts come from, derived from the dataset's sources. */
public final class Credits {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private Credits() {
    }

    /**
     * "Sources: The Washington Post, The New York Times, 12 Jan 2022" when the papers share a date,
     * otherwise each publisher with its own date; "Made with Parley" when there are no sources.
     */
    public static String line(Dataset data) {
        List<Source> sources = data.sources();
        if (sources.isEmpty()) {
            return "Made with Parley";
        }
        List<LocalDate> dates = sources.stream().map(Source::published).distinct().toList();
        String body = dates.size() == 1
                ? sources.stream().map(Source::publisher).distinct().collect(Collectors.joining(", "))
                        + ", " + DATE.format(dates.get(0))
                : sources.stream().map(s -> s.publisher() + ", " + DATE.format(s.published()))
                        .distinct().collect(Collectors.joining("; "));
        return "Sources: " + body;
    }
}
