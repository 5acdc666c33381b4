package org.parley.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.parley.model.DateRange;
import org.parley.seed.Printable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** A day given on the command line (--from, --to), read and checked the same way by every command. */
final class DayOption {

    private DayOption() {
    }

    /** {@code text} as a day, or null when it was not given; anything else is a usage error. */
    static LocalDate parse(CommandSpec spec, String option, String text) {
        if (text == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), option + " \"" + Printable.oneLine(text)
                    + "\" is not a date; write it as YYYY-MM-DD, e.g. 2022-01-12.");
        }
        if (!DateRange.readable(date)) {
            throw new ParameterException(spec.commandLine(), option + " " + text
                    + " is out of range; give a date between " + DateRange.EARLIEST + " and " + DateRange.LATEST + ".");
        }
        return date;
    }

    /** Refuses a range whose last day comes before its first. */
    static void requireOrder(CommandSpec spec, LocalDate first, LocalDate last) {
        if (first != null && last != null && last.isBefore(first)) {
            throw new ParameterException(spec.commandLine(), "--to " + last + " is before --from " + first + ".");
        }
    }
}
