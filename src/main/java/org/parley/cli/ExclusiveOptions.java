package org.parley.cli;

import picocli.CommandLine.MutuallyExclusiveArgsException;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Options given together that exclude each other, said as every other usage error is: picocli's
 * "Error: --width=PX, --scale=N are mutually exclusive (specify only one)" began with a word no
 * other message has and named the options with their placeholders.
 */
final class ExclusiveOptions {

    private static final Pattern PICOCLI = Pattern.compile("Error: (.+) are mutually exclusive \\(specify only one\\)");

    private ExclusiveOptions() {
    }

    /** "--width and --scale cannot be given together; give only one.", or picocli's words if they are not as expected. */
    static String describe(MutuallyExclusiveArgsException e) {
        Matcher m = PICOCLI.matcher(e.getMessage());
        if (!m.matches()) {
            return e.getMessage();
        }
        List<String> names = Arrays.stream(m.group(1).split(", ")).map(o -> o.replaceFirst("=.*", "")).toList();
        String listed = names.size() == 2 ? names.get(0) + " and " + names.get(1)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return listed + " cannot be given together; give only one.";
    }
}
