package org.parley.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Predicate;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.model.RoughlyDatedText;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * --from and --to as a filter: the events that reach into the days given, as the explorer's time
 * filter keeps them; one dated only to a month or coarser only when its whole span lies within them, or with
 * --roughly-dated (decision 0167). Shared by export-data and handout; export-image's --from and --to are the days
 * its figure shows, not a filter, and are its own.
 */
final class DayRangeOptions {

    @Option(names = "--from", paramLabel = "DATE", description = "Keep events that reach into this day or later, "
            + "YYYY-MM-DD (the dataset's own days, as the timeline draws them); one dated only to a month or coarser "
            + "when all of it is, unless --roughly-dated.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Keep events that begin on this day or earlier, "
            + "YYYY-MM-DD; one dated only to a month or coarser when all of it does, unless --roughly-dated.")
    String to;

    /* The Filters pane's "Include events dated only to a month or coarser": "January 2022" may be any of its days. */
    @Option(names = "--roughly-dated", description = "With --from or --to, also keep events dated only to a month or "
            + "coarser (a season, a year) that overlap the days but may fall outside them; without it they are left "
            + "out and counted.")
    boolean roughlyDated;

    private LocalDate first;
    private LocalDate last;

    /** Reads and checks both days: call before anything is opened, so a mistyped day changes nothing. */
    void check(CommandSpec spec) {
        first = DayOption.parse(spec, "--from", from);
        last = DayOption.parse(spec, "--to", to);
        DayOption.requireOrder(spec, first, last);
        if (roughlyDated && !any()) {
            throw new ParameterException(spec.commandLine(), "--roughly-dated keeps the events dated only to a month "
                    + "or coarser that overlap the days of --from and --to: give either.");
        }
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
                last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant()).withRoughlyDated(roughlyDated);
    }

    /**
     * The line after the count of events kept, when the days overlap events dated only to a month or coarser among
     * those {@code filter} and {@code also} keep otherwise: how many were left out and how to keep them, or how many
     * of those kept they are. Empty when there are none.
     */
    static Optional<String> roughlyDatedLine(EventFilter filter, Dataset data, Predicate<Event> also) {
        long n = data.events().stream().filter(filter.withRoughlyDated(false).leftOutAsRoughlyDated(data).and(also))
                .count();
        if (n == 0) {
            return Optional.empty();
        }
        return Optional.of(filter.roughlyDated() ? RoughlyDatedText.kept(n) + "."
                : RoughlyDatedText.leftOut(n) + "; --roughly-dated keeps them.");
    }
}
