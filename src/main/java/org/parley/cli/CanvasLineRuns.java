package org.parley.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The runs of one canvas line as a bench child prints them and its parent reads them back: one line of
 * plain ASCII, so nothing the child's output encoding does to "→" or "×" can garble it.
 */
final class CanvasLineRuns {

    private static final String PREFIX = "canvas runs (ms):";
    private static final Pattern LINE = Pattern.compile("^" + Pattern.quote(PREFIX) + "((?: [0-9]+\\.[0-9]+)+)\\s*$",
            Pattern.MULTILINE);

    private CanvasLineRuns() {
    }

    /** {@code ms} as the child prints it. */
    static String line(double[] ms) {
        return PREFIX + Arrays.stream(ms).mapToObj(m -> String.format(Locale.ROOT, " %.4f", m))
                .collect(Collectors.joining());
    }

    /** The runs in the last such line of {@code childOutput}. */
    static double[] read(String childOutput) {
        Matcher m = LINE.matcher(childOutput);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        if (last == null) {
            throw new IllegalStateException("the child printed no runs: " + childOutput.strip());
        }
        return Arrays.stream(last.strip().split(" ")).mapToDouble(Double::parseDouble).toArray();
    }
}
