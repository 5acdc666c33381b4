package org.parley.export.image;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.parley.model.Dataset;
import org.parley.model.Source;

/** The line under every image that says where its facts come from. */
final class CreditLine {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private CreditLine() {
    }

    /**
     * "Sources: The Washington Post, The New York Times, 12 Jan 2022" when the papers share a date,
     * otherwise each publisher with its own date.
     */
    static String of(Dataset data) {
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
