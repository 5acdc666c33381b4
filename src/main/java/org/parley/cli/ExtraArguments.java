package org.parley.cli;

import org.parley.seed.Printable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.UnmatchedArgumentException;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Words on a command line that no option or argument takes, said as what the command takes
 * instead: picocli's "Unmatched argument at index 3: 'week.db'" counted words no one counts, and
 * the usual cause, a path with a space and no quotes, went unsaid.
 */
final class ExtraArguments {

    private ExtraArguments() {
    }

    /** The message for {@code e}, or empty for a mistyped option, which picocli names well. */
    static Optional<String> describe(UnmatchedArgumentException e) {
        List<String> extra = e.getUnmatched();
        if (e.isUnknownOption() || extra.isEmpty()) {
            return Optional.empty();
        }
        CommandSpec spec = e.getCommandLine().getCommandSpec();
        String words = extra.stream().map(w -> "'" + Printable.brief(w) + "'").collect(Collectors.joining(", "));
        if (spec.parent() == null && !spec.subcommands().isEmpty()) {
            return Optional.of(words + (extra.size() == 1 ? " is not" : " are not") + " a Parley command.");
        }
        List<PositionalParamSpec> positional = spec.positionalParameters();
        String takes = positional.isEmpty() ? "takes no argument besides its options"
                : "takes " + positional.stream().map(PositionalParamSpec::paramLabel).collect(Collectors.joining(" and "))
                + " besides its options, once";
        return Optional.of(spec.qualifiedName(" ") + " " + takes + ", but was also given " + words
                + ". A path with spaces in it needs quotes around it.");
    }
}
