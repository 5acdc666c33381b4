package org.parley.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Range checks for numeric options, reported as usage errors that name the option. */
final class Limits {

    private Limits() {
    }

    static void atLeast(CommandSpec spec, String option, long value, long min) {
        if (value < min) {
            throw new ParameterException(spec.commandLine(), option + " must be at least " + min + ", not " + value);
        }
    }

    static void atMost(CommandSpec spec, String option, long value, long max) {
        if (value > max) {
            throw new ParameterException(spec.commandLine(), option + " must be at most " + max + ", not " + value);
        }
    }
}
