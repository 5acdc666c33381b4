package org.parley.cli;

import java.util.Map;

/**
 * Plain ASCII for the typographic characters Parley's messages and data use most: what a reader
 * of an ASCII terminal would have typed in their place. Letters have none (an "é" is not an "e"),
 * and are escaped instead.
 */
final class AsciiStandIns {

    private AsciiStandIns() {
    }

    private static final Map<Character, String> STAND_INS = Map.ofEntries(
            Map.entry('\u2010', "-"), Map.entry('\u2011', "-"), Map.entry('\u2012', "-"), Map.entry('\u2013', "-"),
            Map.entry('\u2014', "-"), Map.entry('\u2015', "-"), Map.entry('\u2212', "-"),
            Map.entry('\u2026', "..."),
            Map.entry('\u2018', "'"), Map.entry('\u2019', "'"), Map.entry('\u201A', "'"), Map.entry('\u201B', "'"),
            Map.entry('\u2032', "'"),
            Map.entry('\u201C', "\""), Map.entry('\u201D', "\""), Map.entry('\u201E', "\""), Map.entry('\u201F', "\""),
            Map.entry('\u2033', "\""), Map.entry('\u00AB', "\""), Map.entry('\u00BB', "\""),
            Map.entry('\u00A0', " "), Map.entry('\u2009', " "), Map.entry('\u202F', " "),
            Map.entry('\u00B7', "-"), Map.entry('\u2022', "*"), Map.entry('\u00D7', "x"),
            Map.entry('\u2192', "->"), Map.entry('\u2190', "<-"), Map.entry('\u2194', "<->"),
            Map.entry('\u2248', "~"), Map.entry('\u2264', "<="), Map.entry('\u2265', ">="));

    /** The stand-in for {@code c}, or {@code null} when it has none. */
    static String of(char c) {
        return STAND_INS.get(c);
    }
}
