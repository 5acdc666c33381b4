package org.parley.cli;

import org.parley.seed.Printable;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

import java.util.function.Function;

/**
 * Numeric options read as picocli reads them ({@code +300} and {@code 0300} are 300), refused in
 * words a reader of the help knows: picocli's own said "'NaN' is not an int" and "is not a long".
 */
final class WholeNumbers {

    private WholeNumbers() {
    }

    static void register(CommandLine cl) {
        cl.registerConverter(Integer.class, value -> read(value, Integer::valueOf, Integer.MAX_VALUE));
        cl.registerConverter(Integer.TYPE, value -> read(value, Integer::valueOf, Integer.MAX_VALUE));
        cl.registerConverter(Long.class, value -> read(value, Long::valueOf, Long.MAX_VALUE));
        cl.registerConverter(Long.TYPE, value -> read(value, Long::valueOf, Long.MAX_VALUE));
    }

    private static <T> T read(String value, Function<String, T> parse, long largest) {
        try {
            return parse.apply(value);
        } catch (NumberFormatException e) {
            String shown = "'" + Printable.brief(value) + "'";
            // Digits alone are a number, one too long for the option; anything else is none at all.
            throw new TypeConversionException(value.matches("[+-]?\\d+")
                    ? shown + " has too many digits (the largest number is " + largest + ")"
                    : shown + " is not a whole number (write digits only, e.g. 3)");
        }
    }
}
