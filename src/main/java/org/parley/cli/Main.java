package org.parley.cli;

import picocli.CommandLine;

/**
 * The launcher: {@code java -jar parley.jar [command]}. Not a JavaFX {@code Application}, so the
 * JavaFX runtime can sit on the class path; with no command it opens the app.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int code = commandLine().execute(args);
        if (code != 0 || args.length > 0) {
            System.exit(code);
        }
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new ParleyCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // "parley search -pastry" is a search for a word, not an unknown option.
        cl.setUnmatchedOptionsArePositionalParams(true);
        cl.setExecutionExceptionHandler(new FriendlyErrors());
        return cl;
    }
}
