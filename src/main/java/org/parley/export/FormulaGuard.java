package org.parley.export;

import java.util.regex.Pattern;

/**
 * Keeps a cell bound for a spreadsheet as text. A spreadsheet runs a cell that begins with = + - or @
 * (or with a tab or carriage return, which some skip before one) as a formula, so a dataset's
 * "=HYPERLINK(…)" became a live link in the CSV tables and in a row copied from the events table.
 * Such a cell gets a leading tick, as a spreadsheet user types one; a plain number stays a number.
 */
public final class FormulaGuard {

    /** A western longitude stays -77.0369, not text. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-[0-9]+(\\.[0-9]+)?");

    private FormulaGuard() {
    }

    /** {@code cell}, with a tick before it when a spreadsheet would run it. */
    public static String asText(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(cell).matches()
                ? "'" + cell : cell;
    }
}
