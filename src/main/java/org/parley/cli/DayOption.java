package org.parley.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
        // Far-off years overflow the time scale's arithmetic; a dataset's dates are four-digit years, 0000 too.
        if (date.getYear() < 0 || date.getYear() > 9999) {
            throw new ParameterException(spec.commandLine(), option + " " + text
                    + " is out of range; give a date between 0000-01-01 and 9999-12-31.");
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
