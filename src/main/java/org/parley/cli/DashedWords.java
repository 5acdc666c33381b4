package org.parley.cli;

import org.parley.seed.Printable;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

import java.util.Arrays;
import java.util.Optional;

/**
 * A word beginning with a dash, given to a command that takes words ({@code parley search -nato}),
 * is read as a short option with its value stuck to it ({@code -n ato}), and refused as a bad
 * number: the refusal then says how to pass such words.
 */
final class DashedWords {

    private DashedWords() {
    }

    /** The line to add to {@code e}'s refusal, when one of {@code args} is such a word. */
    static Optional<String> hint(CommandLine.ParameterException e, String[] args) {
        if (!(e.getArgSpec() instanceof OptionSpec option) || e.getCommandLine().getCommandSpec().positionalParameters().isEmpty()
                || args == null) {
            return Optional.empty();
        }
        return Arrays.stream(option.names())
                .filter(name -> name.length() == 2 && name.startsWith("-"))
                .flatMap(name -> Arrays.stream(args).filter(a -> a.startsWith(name) && a.length() > name.length()))
                .findFirst()
                .map(word -> "If \"" + Printable.brief(word) + "\" was not meant for " + word.substring(0, 2)
                        + ", put -- before it: " + e.getCommandLine().getCommandSpec().qualifiedName(" ") + " -- "
                        + Printable.brief(word));
    }
}
