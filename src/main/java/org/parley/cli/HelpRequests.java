package org.parley.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

import java.util.Optional;

/**
 * --help and --version with the rest of the line. Picocli answers them without looking at it: a word
 * no command takes ("parley -V extra") was silently dropped, and help asked before a command ("parley
 * --help import") showed Parley's help, not that command's. Here the rest of the line counts.
 */
final class HelpRequests {

    private HelpRequests() {
    }

    /**
     * Answers a help or version request on {@code parsed}, giving the exit status; empty when none was
     * made. Words no option or argument takes are refused as they are without --help.
     */
    static Optional<Integer> answer(ParseResult parsed) {
        boolean usage = false;
        boolean version = false;
        ParseResult last = parsed;
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            usage |= p.isUsageHelpRequested();
            version |= p.isVersionHelpRequested();
            last = p;
        }
        if (!usage && !version) {
            return Optional.empty();
        }
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (!p.unmatched().isEmpty()) {
                throw new UnmatchedArgumentException(p.commandSpec().commandLine(), p.unmatched());
            }
        }
        // The last command named is the one asked about: "parley --help import" is import's help.
        CommandLine asked = last.commandSpec().commandLine();
        if (usage) {
            asked.usage(asked.getOut(), asked.getColorScheme());
            asked.getOut().flush();
            return Optional.of(asked.getCommandSpec().exitCodeOnUsageHelp());
        }
        asked.printVersionHelp(asked.getOut(), asked.getColorScheme().ansi());
        asked.getOut().flush();
        return Optional.of(asked.getCommandSpec().exitCodeOnVersionHelp());
    }
}
