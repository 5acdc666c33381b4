package org.parley.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import org.parley.model.EventFilter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * --from and --to as a filter: the events that reach into the days given, as the explorer's time
 * filter keeps them. Shared by export-data and handout; export-image's --from and --to are the days
 * its figure shows, not a filter, and are its own.
 */
final class DayRangeOptions {

    @Option(names = "--from", paramLabel = "DATE", description = "Keep events that reach into this day or later, "
            + "YYYY-MM-DD (the dataset's own days, as the timeline draws them).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Keep events that begin on this day or earlier, "
            + "YYYY-MM-DD.")
    String to;

    private LocalDate first;
    private LocalDate last;

    /** Reads and checks both days: call before anything is opened, so a mistyped day changes nothing. */
    void check(CommandSpec spec) {
        first = DayOption.parse(spec, "--from", from);
        last = DayOption.parse(spec, "--to", to);
        DayOption.requireOrder(spec, first, last);
    }

    /** Whether either day was given. */
    boolean any() {
        return from != null || to != null;
    }

    /** {@code filter} with the days' range, counted on the dataset's calendar ({@code zone}). */
    EventFilter applyTo(EventFilter filter, ZoneId zone) {
        if (!any()) {
            return filter;
        }
        return filter.withRange(first == null ? null : first.atStartOfDay(zone).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
