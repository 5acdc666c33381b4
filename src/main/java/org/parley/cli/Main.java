package org.parley.cli;

import org.parley.app.ChangeMade;
import org.parley.store.LockWaits;
import org.parley.ui.support.StartupTrace;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The launcher: {@code java -jar parley.jar [command]}. Not a JavaFX {@code Application}, so the
 * JavaFX runtime can sit on the class path; with no command it opens the app.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] given) {
        StartupTrace.mark("main");
        String[] args = TrainingImport.runLeading(given);
        var gui = GuiArguments.read(args);
        if (gui.isEmpty()) {
            stdout = StandardOutput.install();
            drawOffScreen(args);
        }
        Thread stopped = gui.isEmpty() ? noticeWhenStopped() : null;
        int code = gui.isPresent() ? openApp(gui.get(), args) : execute(commandLine(), args);
        if (stopped != null) {
            finished(stopped);
        }
        if (code != 0 || args.length > 0) {
            System.exit(code);
        }
    }

    /**
     * The commands draw with Java2D into images, never on a screen. With DISPLAY set, AWT connects to
     * that X server as soon as anything is drawn: one that is gone (a closed ssh -X session's, a desktop
     * logged out of under tmux) ended export-image, handout and the web page in a stack trace. Bench
     * alone uses the screen (its canvas frames); a headless setting the user gave is kept.
     */
    private static void drawOffScreen(String[] args) {
        if (System.getProperty("java.awt.headless") == null && !List.of(args).contains("bench")) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /**
     * Runs a command; running out of memory is a message and exit status 1 like any other failure.
     * Picocli hands on Errors untouched, so this is the one place that sees them. Whatever a command
     * writes is a transaction or a temporary file, so nothing was changed.
     */
    static int execute(CommandLine cl, String... args) {
        StartupTrace.mark("command line built");
        LockWaits.listen(waitingSaid(cl.getErr()));
        try {
            int code = cl.execute(args);
            // A PrintStream keeps its failures to itself: output into a full disk or a closed pipe was lost.
            if (code == 0 && (cl.getOut().checkError() | System.out.checkError())) {
                if (stdout != null && stdout.readerWentAway()) {
                    return READER_GONE;
                }
                cl.getErr().println(OUTPUT_LOST);
                cl.getErr().flush();
                return 1;
            }
            return code;
        } catch (OutOfMemoryError e) {
            cl.getErr().println(OUT_OF_MEMORY);
            cl.getErr().flush();
            return 1;
        } finally {
            LockWaits.listen(file -> { });
        }
    }

    /**
     * One line, once per database, the moment a command begins to wait for another program's hold on it: the
     * terminal had stayed silent for the wait, ten seconds for an import, before saying the database was locked.
     */
    static Consumer<Path> waitingSaid(PrintWriter err) {
        Set<Path> said = ConcurrentHashMap.newKeySet();
        return file -> {
            if (said.add(file)) {
                ProgressLine.eraseShown();
                err.println("parley: waiting for another program to let go of " + file + " (up to "
                        + LockWaits.WAIT_MS / 1000 + " s)\u2026");
                err.flush();
            }
        };
    }

    /**
     * The app without picocli's command model (see {@link GuiArguments}); a failure gets the
     * message and exit status it would have had through picocli.
     */
    static int openApp(GuiArguments gui, String... args) {
        try {
            GuiLauncher.launch(gui.db(), gui.measureStartup());
            return 0;
        } catch (OutOfMemoryError e) {
            TerminalSafeWriter.onto(System.err, "sun.stderr.encoding").println(OUT_OF_MEMORY);
            return 1;
        } catch (RuntimeException e) {
            // As a command's: the details of a failure go to the log file, the terminal gets one line.
            CommandLogging.toLogFile();
            CommandLine cl = commandLine();
            try {
                return cl.getExecutionExceptionHandler().handleExecutionException(e, cl, cl.parseArgs(args));
            } catch (Exception unexpected) {
                throw e;
            }
        }
    }

    /**
     * Ctrl-C or a kill ends the JVM through its shutdown hooks: without this, a command stopped
     * halfway (a long import) ended in silence, and the user could not tell what became of the data.
     */
    private static Thread noticeWhenStopped() {
        Thread notice = new Thread(() -> {
            ProgressLine.eraseShown();
            TerminalSafeWriter.onto(System.err, "sun.stderr.encoding")
                    .println(ChangeMade.said().map(Main::stoppedAfter).orElse(STOPPED));
        }, "parley-stopped-notice");
        Runtime.getRuntime().addShutdownHook(notice);
        return notice;
    }

    private static void finished(Thread notice) {
        try {
            Runtime.getRuntime().removeShutdownHook(notice);
        } catch (IllegalStateException shuttingDown) {
            // Stopped just as it finished: the notice is already on its way, and the JVM is ending.
            return;
        }
    }

    static final String STOPPED = "parley: stopped before it finished; nothing was changed.";

    /** Stopped after its change was committed: the import is done, whatever was left to do after it. */
    static String stoppedAfter(String change) {
        return "parley: stopped before it finished, but after the change was made: " + change + ".";
    }

    /** Standard output as {@link #main} set it up; {@code null} when a test calls {@link #execute}. */
    private static StandardOutput stdout;

    /** A reader that stopped reading ends a command quietly, with the status of a program ended by SIGPIPE. */
    static final int READER_GONE = 128 + 13;

    static final String OUTPUT_LOST = "parley: the output could not be written (the disk is full, or standard "
            + "output was closed); what was printed is incomplete.";

    /** One line, said so that a user knows what to do. */
    static final String OUT_OF_MEMORY = "parley: the data is too large for the memory Java was given; nothing was changed. "
            + "Start Parley with more, e.g. java -Xmx8g -jar parley.jar …, or split the dataset.";

    /**
     * A mistyped command line: what is wrong and where the help is, not forty lines of usage that
     * push the one line that matters off the screen. The advice lines after it are not errors and
     * stand without "parley: ", as grep's "Try 'grep --help'" does.
     */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine c = e.getCommandLine();
        PrintWriter err = c.getErr();
        String message = e instanceof CommandLine.UnmatchedArgumentException unmatched
                ? ExtraArguments.describe(unmatched).orElse(e.getMessage())
                : e instanceof CommandLine.MutuallyExclusiveArgsException exclusive ? ExclusiveOptions.describe(exclusive)
                : e instanceof CommandLine.MaxValuesExceededException twice ? ExclusiveOptions.twice(twice).orElse(e.getMessage())
                : e instanceof CommandLine.OverwrittenOptionException twice && twice.getOverwritten() instanceof OptionSpec option
                ? ExclusiveOptions.givenTwice(option.longestName())
                : e instanceof CommandLine.MissingParameterException missing
                ? MissingArguments.describe(missing).orElse(e.getMessage())
                : RefusedValues.describe(e).orElse(e.getMessage());
        // "parley: " as every other failure's line begins: the line names whose it is in a script's log.
        err.println(c.getColorScheme().errorText("parley: " + message));
        DashedWords.hint(e, args).ifPresent(err::println);
        Optional<String> nearest = e instanceof CommandLine.UnmatchedArgumentException unmatched
                ? ExtraArguments.suggestion(unmatched) : Optional.empty();
        err.println(nearest.orElse("Run \"" + c.getCommandSpec().qualifiedName(" ") + " --help\" to see how it is used."));
        err.flush();
        return c.getCommandSpec().exitCodeOnInvalidInput();
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new ParleyCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // A path the locale cannot encode is a usage error in Parley's words, not Java's exception text.
        cl.registerConverter(Path.class, value -> {
            try {
                return Path.of(value);
            } catch (InvalidPathException bad) {
                throw new CommandLine.TypeConversionException(FriendlyErrors.unusablePath(bad));
            }
        });
        WholeNumbers.register(cl);
        LostCharacters.register(cl);
        // "parley search -pastry" is a search for a word, not an unknown option; elsewhere a
        // mistyped option ("--repalce") is a usage error, not a file that does not exist.
        cl.getSubcommands().get("search").setUnmatchedOptionsArePositionalParams(true);
        // Every command has -V from the standard options; without the version, "parley stats -V" printed nothing.
        cl.getSubcommands().values().forEach(c -> c.getCommandSpec().version(cl.getCommandSpec().version()));
        cl.setOut(TerminalSafeWriter.onto(System.out, "sun.stdout.encoding"));
        cl.setErr(TerminalSafeWriter.onto(System.err, "sun.stderr.encoding"));
        cl.setExecutionExceptionHandler(new FriendlyErrors());
        cl.setParameterExceptionHandler(Main::usageError);
        cl.setExecutionStrategy(parsed -> {
            Optional<Integer> answered = HelpRequests.answer(parsed);
            if (answered.isPresent()) {
                return answered.get();
            }
            if (parsed.subcommand() != null) {
                CommandLogging.toLogFile();
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        return cl;
    }
}
