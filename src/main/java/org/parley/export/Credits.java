package org.parley.export;

import org.parley.model.CountText;
import org.parley.model.Dataset;
import org.parley.model.Source;
import org.parley.model.SourceFilter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The line that says where a picture's or a file's facts come from, derived from the dataset's sources. */
public final class Credits {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM u", Locale.ENGLISH);
    /** Beyond this many publishers or publisher-and-date pairs the line counts them: it ends pictures, on one line. */
    private static final int NAMED_AT_MOST = 4;

    private Credits() {
    }

    /**
     * "Sources: The Washington Post, The New York Times, 12 Jan 2022" when the papers share a date,
     * otherwise each publisher with its own date; "Made with Parley" when there are no sources.
     * More than a few are counted instead ("Sources: 1,000 sources from 12 publishers, 3 Jan 2019 –
     * 28 Dec 2023"), since the line ends pictures and names every one nowhere else.
     */
    public static String line(Dataset data) {
        return line(data.sources());
    }

    /**
     * The line for a picture or handout of the events {@code papers} keeps: filtered to one paper, that paper
     * alone ("Source: The Washington Post, 12 Jan 2022"), whose events, quotations and stances are all it
     * shows; "Sources: The Washington Post, The New York Times" beside "Filtered: reported by The Washington
     * Post" credited a paper the picture leaves out. Otherwise, as {@link #line(Dataset)}.
     */
    public static String line(Dataset data, SourceFilter papers) {
        if (papers.mode() == SourceFilter.Mode.INCLUDES) {
            List<Source> kept = data.sources().stream().filter(s -> s.id().equals(papers.sourceId())).toList();
            if (kept.size() == 1) {
                return "Source: " + dated(kept.get(0));
            }
        }
        return line(data);
    }

    private static String line(List<Source> sources) {
        if (sources.isEmpty()) {
            return "Made with Parley";
        }
        List<LocalDate> dates = sources.stream().map(Source::published).distinct().toList();
        List<String> publishers = sources.stream().map(Source::publisher).distinct().toList();
        List<String> dated = sources.stream().map(Credits::dated)
                .distinct().toList();
        if (dates.size() == 1 && publishers.size() <= NAMED_AT_MOST) {
            return "Sources: " + String.join(", ", publishers) + ", " + DATE.format(dates.get(0));
        }
        if (dated.size() <= NAMED_AT_MOST) {
            return "Sources: " + String.join("; ", dated);
        }
        LocalDate first = dates.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = dates.stream().max(LocalDate::compareTo).orElseThrow();
        return "Sources: " + CountText.count(sources.size(), "source") + " from "
                + (publishers.size() <= 2 ? String.join(" and ", publishers)
                        : CountText.count(publishers.size(), "publisher"))
                + ", " + DATE.format(first) + (first.equals(last) ? "" : " – " + DATE.format(last));
    }

    /** Every source on a line of its own: publisher, date and title. */
    public static List<String> each(Dataset data) {
        return data.sources().stream()
                .map(s -> dated(s) + ": " + s.title()).toList();
    }

    /** A source as a citation names it: "The Washington Post, 12 Jan 2022". */
    public static String dated(Source s) {
        return s.publisher() + ", " + DATE.format(s.published());
    }
}
