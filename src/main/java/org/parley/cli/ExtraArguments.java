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
 * the usual cause, a path with a space and no quotes, went unsaid. A mistyped option is named first,
 * as every usage error begins with what it names: picocli said "Unknown option: '--repalce'" and
 * "Possible solutions: --replace" (decision 0148).
 */
final class ExtraArguments {

    private ExtraArguments() {
    }

    /** The message for {@code e}, or empty when picocli gives no word to name. */
    static Optional<String> describe(UnmatchedArgumentException e) {
        List<String> extra = e.getUnmatched();
        if (extra.isEmpty()) {
            return Optional.empty();
        }
        CommandSpec spec = e.getCommandLine().getCommandSpec();
        if (e.isUnknownOption()) {
            List<String> options = extra.stream().filter(w -> w.startsWith("-")).map(Printable::brief).toList();
            return Optional.of(listed(options.isEmpty() ? extra.stream().map(Printable::brief).toList() : options)
                    + (options.size() > 1 ? " are not options of " : " is not an option of ") + spec.qualifiedName(" ") + ".");
        }
        if (spec.parent() == null && !spec.subcommands().isEmpty()) {
            // The first word is where a command goes; the rest are its arguments, so only it is named:
            // "parley export --format pdf" had said "'export', '--format', 'pdf' are not a Parley command".
            return Optional.of("'" + Printable.brief(extra.get(0)) + "' is not a Parley command.");
        }
        String words = extra.stream().map(w -> "'" + Printable.brief(w) + "'").collect(Collectors.joining(", "));
        List<PositionalParamSpec> positional = spec.positionalParameters();
        String takes = positional.isEmpty() ? "takes no argument besides its options"
                : "takes " + positional.stream().map(PositionalParamSpec::paramLabel).collect(Collectors.joining(" and "))
                + " besides its options, once";
        return Optional.of(spec.qualifiedName(" ") + " " + takes + ", but was also given " + words
                + ". A path with spaces in it needs quotes around it.");
    }

    /** "Did you mean --replace?", "Did you mean parley export-data or parley export-image?"; empty when none is near. */
    static Optional<String> suggestion(UnmatchedArgumentException e) {
        List<String> near = e.getSuggestions();
        if (near == null || near.isEmpty()) {
            return Optional.empty();
        }
        String prefix = e.isUnknownOption() ? "" : e.getCommandLine().getCommandSpec().qualifiedName(" ") + " ";
        List<String> named = near.stream().map(n -> prefix + n).toList();
        String either = named.size() == 1 ? named.get(0)
                : String.join(", ", named.subList(0, named.size() - 1)) + " or " + named.get(named.size() - 1);
        return Optional.of("Did you mean " + either + "?");
    }

    /** "--a", "--a and --b", "--a, --b and --c". */
    private static String listed(List<String> words) {
        return words.size() == 1 ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }
}
