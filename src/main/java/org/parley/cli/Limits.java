package org.parley.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Range checks for numeric options, and paths typed empty, reported as usage errors that name the option. */
final class Limits {

    private Limits() {
    }

    static void atLeast(CommandSpec spec, String option, long value, long min) {
        if (value < min) {
            throw new ParameterException(spec.commandLine(), option + " must be at least " + min + ", not " + value);
        }
    }

    /** {@code --out ""} is the current folder to Java, which a command was never asked to write into. */
    static void named(CommandSpec spec, String option, java.nio.file.Path value, String what) {
        if (value != null && value.toString().isEmpty()) {
            throw new ParameterException(spec.commandLine(), option + " is empty; name " + what + ".");
        }
    }

    static void atMost(CommandSpec spec, String option, long value, long max) {
        if (value > max) {
            throw new ParameterException(spec.commandLine(), option + " must be at most " + max + ", not " + value);
        }
    }
}
