package org.parley.cli;

import org.parley.app.ProblemList;
import org.parley.model.CountText;
import org.parley.seed.Printable;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints a list of problems to a terminal the way the window shows one: the first
 * {@value ProblemList#SHOWN_IN_TERMINAL}, a count of the rest and the file that holds the whole
 * list, unless {@value #ALL} asks for every one. A dataset with a million problems must not
 * scroll a million lines past the user.
 */
final class ProblemLines {

    static final String ALL = "--all-problems";

    /** The option, for the commands that print problems. */
    static final class AllOption {
        @Option(names = ALL, description = "Print every problem (by default the first "
                + ProblemList.SHOWN_IN_TERMINAL + ", and the whole list is saved to a file named in the output).")
        boolean all;
    }

    private ProblemLines() {
    }

    /** Whether the command that ran was given {@value #ALL}. */
    static boolean allAsked(ParseResult parsed) {
        ParseResult p = parsed;
        while (p != null && p.hasSubcommand()) {
            p = p.subcommand();
        }
        return p != null && p.hasMatchedOption(ALL);
    }

    static void print(PrintWriter out, String indent, List<?> problems, boolean all) {
        print(out, indent, problems, problems.size(), all);
    }

    /**
     * As above, for a list that stops short of the {@code found} problems (its last line then says how
     * many more were only counted): the saved file holds the list, not "all" of them.
     */
    static void print(PrintWriter out, String indent, List<?> problems, long found, boolean all) {
        int shown = all ? problems.size() : Math.min(problems.size(), ProblemList.SHOWN_IN_TERMINAL);
        for (Object p : problems.subList(0, shown)) {
            out.println(indent + Printable.oneLine(p.toString()));
        }
        if (shown == problems.size()) {
            return;
        }
        String more = indent + "… and " + CountText.number(Math.max(found, problems.size()) - shown) + " more";
        try {
            String which = found > problems.size() ? "the first " + CountText.number(problems.size() - 1L) + " and a count of the rest"
                    : "all " + CountText.number(problems.size());
            out.println(more + "; " + which + " are in "
                    + Printable.oneLine(ProblemList.save(problems).toString()) + " (or run again with " + ALL + ").");
        } catch (IOException | RuntimeException e) {
            out.println(more + " (run again with " + ALL + " to print every one).");
        }
    }
}
