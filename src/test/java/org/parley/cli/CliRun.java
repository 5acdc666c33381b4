package org.parley.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs a command in-process and keeps what it printed. */
record CliRun(int exit, String out, String err) {

    /**
     * {@code db}, holding the bundled week: a database named with --db must exist for the commands
     * that read one, so a test imports the week first, as a user would.
     */
    static String seeded(Path db) {
        if (!Files.exists(db)) {
            CliRun run = of("import", "--db", db.toString());
            if (run.exit() != 0) {
                throw new IllegalStateException(run.err());
            }
        }
        return db.toString();
    }

    /** {@code command} on the database {@code db}, then {@code args}: "export-image --db D …". */
    static CliRun on(Path db, String command, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = command;
        all[1] = "--db";
        all[2] = db.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return of(all);
    }

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = Main.execute(cl, args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
