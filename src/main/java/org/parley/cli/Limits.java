package org.parley.cli;

import org.parley.export.OutputName;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.nio.file.Path;

/**
 * Range checks for numeric options, paths typed empty and paths to write that no one means,
 * reported as usage errors that name the option.
 */
final class Limits {

    private Limits() {
    }

    static void atLeast(CommandSpec spec, String option, long value, long min) {
        if (value < min) {
            throw new ParameterException(spec.commandLine(), option + " must be at least " + min + ", not " + value);
        }
    }

    /** {@code --out ""} is the current folder to Java, which a command was never asked to write into. */
    static void named(CommandSpec spec, String option, Path value, String what) {
        if (value != null && value.toString().isEmpty()) {
            throw new ParameterException(spec.commandLine(), option + " is empty; name " + what + ".");
        }
    }

    /**
     * A path to write ({@code --out}): named, and free of control characters ({@link OutputName}),
     * checked before the command opens anything, so a refused name leaves everything as it was.
     */
    static void output(CommandSpec spec, String option, Path value, String what) {
        named(spec, option, value, what);
        if (value != null) {
            OutputName.problem(value).ifPresent(problem -> {
                throw new ParameterException(spec.commandLine(), option + " " + problem);
            });
        }
    }

    static void atMost(CommandSpec spec, String option, long value, long max) {
        if (value > max) {
            throw new ParameterException(spec.commandLine(), option + " must be at most " + max + ", not " + value);
        }
    }
}
