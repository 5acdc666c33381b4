package org.parley.cli;

import org.parley.app.Workspace;
import org.parley.model.CountText;
import org.parley.seed.DatasetException;
import org.parley.seed.Printable;
import org.parley.store.Stats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Counts per table, the date range of the events, and the sources.")
final class StatsCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Spec
    CommandSpec spec;

    /** The most sources listed one a line; beyond, the first ones and a count. */
    static final int MOST_SOURCES_LISTED = 20;

    @Override
    public Integer call() throws DatasetException {
        try (Workspace ws = db.openSeeded()) {
            Stats stats = ws.store().stats();
            var out = spec.commandLine().getOut();
            out.println("Database: " + ws.store().file());
            var info = ws.store().info();
            info.ifPresent(i -> out.println("Dataset:  " + Printable.brief(i.title()) + " (" + i.origin().name().toLowerCase()
                    + ", imported " + i.importedAt() + ")"));
            if (info.isEmpty() && !ws.store().isBlank()) {
                // The rows are there, the record saying whose they are is not: said, not left to a missing line.
                out.println("Dataset:  its record is lost or unreadable; \"parley check"
                        + (db.file() == null ? "" : " --db " + db.file()) + "\" says more");
            }
            out.println("Events:   " + stats.firstStart().orElse("–") + " … " + stats.lastEnd().orElse("–"));
            out.println();
            int width = stats.rowCounts().keySet().stream().mapToInt(String::length).max().orElse(5);
            for (Map.Entry<String, Long> row : stats.rowCounts().entrySet()) {
                out.printf("  %-" + width + "s %9s%n", row.getKey(), CountText.number(row.getValue()));
            }
            out.println();
            out.println("Sources:");
            // A thousand sources are a count, not a screenful: the first few name what kind they are.
            List<Stats.SourceSummary> sources = stats.sources();
            int shown = sources.size() <= MOST_SOURCES_LISTED ? sources.size() : MOST_SOURCES_LISTED - 1;
            for (Stats.SourceSummary s : sources.subList(0, shown)) {
                out.println("  " + s.id() + "  " + Printable.brief(s.publisher()) + " — " + Printable.brief(s.title()));
            }
            if (shown < sources.size()) {
                out.println("  … and " + CountText.count(sources.size() - shown, "more source")
                        + " (\"parley export-data --format csv\" lists every one)");
            }
        }
        return 0;
    }
}
