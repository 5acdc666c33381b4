package org.parley.cli;

import org.parley.seed.Printable;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * Words given on the command line whose characters did not survive the way in. Java turns the
 * bytes of an argument it cannot decode into U+FFFD: under LANG=C, "Genève" arrives as
 * "Gen\uFFFD\uFFFDve". Taken as given, a search for it found nothing (or was "only punctuation")
 * and a --title put the replacement marks into the figure. A path has its own message
 * ({@link FriendlyErrors#unusablePath}); this one is for every other word.
 */
final class LostCharacters {

    private static final char REPLACEMENT = '\uFFFD';

    private LostCharacters() {
    }

    static void register(CommandLine cl) {
        cl.registerConverter(String.class, LostCharacters::read);
    }

    static String read(String value) {
        if (value.indexOf(REPLACEMENT) < 0) {
            return value;
        }
        throw new TypeConversionException(describe(value, System.getProperty("sun.jnu.encoding", "")));
    }

    static String describe(String value, String encoding) {
        // Written out, so a UTF-8 terminal shows the marker the message names rather than its glyph.
        String shown = "\"" + Printable.oneLine(value).replace(String.valueOf(REPLACEMENT), "\\uFFFD") + "\"";
        if (encoding.isEmpty() || encoding.equalsIgnoreCase("UTF-8")) {
            return shown + " holds bytes that are not UTF-8 text, each shown as \\uFFFD: give the words again as "
                    + "UTF-8. Nothing was changed.";
        }
        return shown + " lost characters on the way in, each shown as \\uFFFD: this system's locale (" + encoding
                + ") cannot pass them to Parley. Start Parley in a UTF-8 locale, for example LANG=C.UTF-8. "
                + "Nothing was changed.";
    }
}
