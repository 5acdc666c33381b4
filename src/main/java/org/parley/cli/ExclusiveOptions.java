package org.parley.cli;

import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MutuallyExclusiveArgsException;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Options given together that exclude each other, said as every other usage error is: picocli's
 * "Error: --width=PX, --scale=N are mutually exclusive (specify only one)" began with a word no
 * other message has and named the options with their placeholders. One of them given twice is said as
 * --db given twice is: picocli's "Error: expected only one match but got
 * [--width=PX | --scale=N]={--width=800} and …" was the group's inner workings.
 */
final class ExclusiveOptions {

    private static final Pattern PICOCLI = Pattern.compile("Error: (.+) are mutually exclusive \\(specify only one\\)");
    private static final Pattern TWICE = Pattern.compile("Error: expected only one match but got .*?=\\{(--[a-z-]+)=.*");

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

    /** "--width is given twice; give it once.", or empty when {@code e} is not about a group's option given twice. */
    static Optional<String> twice(MaxValuesExceededException e) {
        Matcher m = TWICE.matcher(String.valueOf(e.getMessage()));
        return m.matches() ? Optional.of(givenTwice(m.group(1))) : Optional.empty();
    }

    /** The words for {@code option} given twice, an option of a group or not. */
    static String givenTwice(String option) {
        return option + " is given twice; give it once.";
    }
}
