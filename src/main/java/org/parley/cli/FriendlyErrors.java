package org.parley.cli;

import org.parley.app.UserDataAtRisk;
import org.parley.export.ExistingFilesException;
import org.parley.export.ExportException;
import org.parley.model.CountText;
import org.parley.seed.DatasetException;
import org.parley.seed.Printable;
import org.parley.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns the failures a user can cause into one clear message and exit status 1; no stack traces. */
final class FriendlyErrors implements IExecutionExceptionHandler {

    private static final Logger LOG = Logger.getLogger(FriendlyErrors.class.getName());

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
        var err = cl.getErr();
        if (e instanceof DatasetException d && d.problems().size() == 1) {
            err.println("parley: " + Printable.oneLine(d.problems().get(0).toString()));
        } else if (e instanceof DatasetException d) {
            err.println("parley: " + CountText.count(d.count(), "problem") + ":");
            ProblemLines.print(err, "  ", d.problems(), d.count(), ProblemLines.allAsked(parsed));
        } else if (e instanceof UserDataAtRisk risk) {
            err.println("parley: " + Printable.oneLine(risk.getMessage()) + ". Nothing was changed.");
            err.println("  Run again with --replace to replace " + (risk.edits().isPresent() ? "them" : "it") + " (it is backed up "
                    + "first" + risk.backupFolder().map(f -> ", into " + Printable.oneLine(f.toString())).orElse("")
                    + "; \"parley backups\" lists the backups), or name another database with --db.");
        } else if (e instanceof ExistingFilesException existing) {
            err.println("parley: " + Printable.oneLine(existing.getMessage()) + ". Run again with --force to replace "
                    + (existing.files().size() == 1 ? "it" : "them") + ", or choose another --out.");
        } else if (e instanceof StoreException held && held.heldByAnotherProgram() && held.leftAsItWas()) {
            // SQLite refused before anything was written: the user is told so, as after every refusal that changes nothing.
            String why = Printable.oneLine(held.getMessage());
            err.println("parley: " + why + (why.endsWith(".") ? " " : ". ") + "Nothing was changed.");
        } else if (e instanceof StoreException || e instanceof ExportException) {
            err.println("parley: " + Printable.oneLine(e.getMessage()));
        } else if (e instanceof FileSystemException fs) {
            err.println("parley: " + Printable.oneLine(fileProblem(fs)));
        } else if (e instanceof InvalidPathException bad) {
            err.println("parley: " + unusablePath(bad));
        } else if (noDisplay(e)) {
            err.println("parley: there is no display to open the window on (DISPLAY is not set, or its X server cannot "
                    + "be reached). Start Parley in a desktop session; the commands (parley --help) need no display.");
        } else {
            LOG.log(Level.SEVERE, "Unexpected failure in " + cl.getCommandName(), e);
            err.println("parley: unexpected error: " + Printable.oneLine(String.valueOf(e))
                    + " (details in " + CommandLogging.logFileHint() + ")");
        }
        err.flush();
        return 1;
    }

    /** A file the system refused, in words: which file, and why. */
    static String fileProblem(FileSystemException e) {
        String file = e.getFile() == null ? "a file" : e.getFile();
        if (e instanceof AccessDeniedException) {
            return "cannot write or read " + file + ": permission denied";
        } else if (e instanceof NoSuchFileException) {
            return file + " does not exist (nor, perhaps, its folder)";
        } else if (e instanceof NotDirectoryException) {
            return file + " is not a folder";
        } else if (e instanceof FileAlreadyExistsException) {
            return file + " already exists";
        }
        return file + ": " + (e.getReason() == null ? e.getClass().getSimpleName() : e.getReason());
    }

    /** JavaFX's GTK toolkit says so when it finds no X server; it has no exception of its own for it. */
    private static boolean noDisplay(Exception e) {
        return e instanceof UnsupportedOperationException && String.valueOf(e.getMessage()).contains("DISPLAY");
    }

    /**
     * What is wrong with a file name Java cannot use. Under a locale that is not UTF-8 (LANG=C), a
     * folder such as "josé" cannot be named at all: say so, and how to start Parley instead.
     */
    static String unusablePath(InvalidPathException bad) {
        String name = Printable.oneLine(bad.getInput());
        if (bad.getReason() != null && bad.getReason().contains("unmappable")) {
            return "the name \"" + name + "\" has characters this system's locale cannot use in file names ("
                    + System.getProperty("sun.jnu.encoding", "not UTF-8") + "). Start Parley in a UTF-8 locale, "
                    + "for example LANG=C.UTF-8, or use a folder with a plain name. Nothing was changed.";
        }
        return "not a usable file name: \"" + name + "\" (" + Printable.oneLine(bad.getReason()) + ")";
    }
}
