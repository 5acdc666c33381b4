package org.parley.cli;

import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.util.List;
import java.util.Optional;

/**
 * What a command was not given, said as every other usage error is, beginning with what it names:
 * picocli's "Missing required options: '--view=VIEW', '--format=FORMAT'" and "Missing required parameter
 * for option '--db' (FILE)" began with a capital word of its own and named its model (decision 0148).
 */
final class MissingArguments {

    private MissingArguments() {
    }

    /** "--view and --format are missing: parley export-image needs them.", or empty for a case not foreseen. */
    static Optional<String> describe(MissingParameterException e) {
        List<ArgSpec> missing = e.getMissing();
        String picocli = String.valueOf(e.getMessage());
        if (missing == null || missing.isEmpty()) {
            return Optional.empty();
        }
        if (picocli.startsWith("Missing required parameter for option") || picocli.startsWith("Expected parameter")) {
            // The option was given, its value was not: "--db" at the end of the line.
            return missing.get(0) instanceof OptionSpec option
                    ? Optional.of(option.longestName() + " needs a value after it (" + option.paramLabel() + ").")
                    : Optional.empty();
        }
        if (!picocli.startsWith("Missing required")) {
            return Optional.empty();
        }
        List<String> names = missing.stream().map(MissingArguments::name).toList();
        if (names.contains(null)) {
            return Optional.empty();
        }
        String listed = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return Optional.of(listed + (names.size() == 1 ? " is" : " are") + " missing: "
                + e.getCommandLine().getCommandSpec().qualifiedName(" ") + " needs " + (names.size() == 1 ? "it." : "them."));
    }

    /** As the command's help names it: "--view", "TEXT". */
    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName()
                : arg instanceof PositionalParamSpec positional ? positional.paramLabel() : null;
    }
}
