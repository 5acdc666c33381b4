package org.parley.cli;

import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

import java.util.Optional;

/**
 * A value a converter refused, named as the command's help names it ("--scale", "PATH", "TEXT") and then
 * the converter's own words, which say what is wrong and what to type. Picocli put its frame first:
 * "Invalid value for positional parameter at index 0..* (TEXT): …", the words of its model, not the user's.
 */
final class RefusedValues {

    private RefusedValues() {
    }

    /** The message for {@code e} when a converter refused a value; empty for any other usage error. */
    static Optional<String> describe(ParameterException e) {
        ArgSpec arg = e.getArgSpec();
        if (!(e.getCause() instanceof TypeConversionException refused) || arg == null || refused.getMessage() == null) {
            return Optional.empty();
        }
        String name = arg instanceof OptionSpec option ? option.longestName()
                : arg instanceof PositionalParamSpec positional ? positional.paramLabel() : null;
        return name == null ? Optional.empty() : Optional.of(name + ": " + refused.getMessage());
    }
}
