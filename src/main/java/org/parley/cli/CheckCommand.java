package org.parley.cli;

import org.parley.app.Workspace;
import org.parley.seed.Printable;
import org.parley.store.Health;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the database: every page and index (SQLite's integrity check), the search index, "
                + "and that the data still has the content hash it was imported with. Exit 0 when sound, 1 when damaged, "
                + CheckCommand.CHANGED_OUTSIDE + " when sound but changed outside Parley since its import.")
final class CheckCommand implements Callable<Integer> {

    /**
     * The user's own edit in another program is not damage, and a script must be able to tell the
     * two apart: 1 sent it to a repair that has nothing to mend.
     */
    static final int CHANGED_OUTSIDE = 3;

    @Mixin
    DbOption db;

    @Mixin
    ProblemLines.AllOption allProblems;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (Workspace ws = Workspace.openToRead(db.holdingADatabase())) {
            Health health = ws.check();
            out.println("Database: " + ws.store().file());
            print(out, "Pages and indexes", health.pageProblems(), allProblems.all);
            print(out, "Search index", health.searchIndexProblems(), allProblems.all);
            if (health.pageProblems().isEmpty()) {
                print(out, "Data", health.dataProblems(), allProblems.all);
                if (!health.changes().isEmpty()) {
                    out.println("  Changed outside Parley: yes");
                    ProblemLines.print(out, "    ", health.changes().stream().map(Printable::oneLine).toList(), allProblems.all);
                }
            } else {
                // Damaged pages are not read back: "ok" here said the data was sound when its table was gone.
                out.println("  Data: not checked (the pages that hold it are damaged)");
            }
            if (health.ok()) {
                out.println("The database is sound.");
                return 0;
            }
            String dbArg = db.file() == null ? "" : " --db " + db.file();
            if (health.changedOutside()) {
                // The user's own edit in the sqlite3 shell: never called damage, nor sent to a repair that undid it.
                spec.commandLine().getErr().println("parley: the data was changed outside Parley since it was imported, and "
                        + "is sound. \"parley repair --keep-changes" + dbArg + "\" keeps the changes (the database as it is "
                        + "is backed up first); \"parley backups" + dbArg + "\" lists backups from before them to restore.");
                return CHANGED_OUTSIDE;
            }
            spec.commandLine().getErr().println("parley: the database has problems; \"parley repair"
                    + (db.file() == null ? "" : " --db " + db.file()) + "\" mends them"
                    + (health.dataDamaged() ? " from a backup, if a sound one exists (\"parley backups\" lists them)."
                    : " by rebuilding the search index."));
            return 1;
        }
    }

    private static void print(PrintWriter out, String what, List<String> problems, boolean all) {
        out.println("  " + what + ": " + (problems.isEmpty() ? "ok" : problems.size() + " problem(s)"));
        ProblemLines.print(out, "    ", problems.stream().map(Printable::oneLine).toList(), all);
    }
}
