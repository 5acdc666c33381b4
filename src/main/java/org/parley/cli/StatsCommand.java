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

import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Counts per table, the date range of the events, and the sources.")
final class StatsCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws DatasetException {
        try (Workspace ws = db.openSeeded()) {
            Stats stats = ws.store().stats();
            var out = spec.commandLine().getOut();
            out.println("Database: " + ws.store().file());
            ws.store().info().ifPresent(i -> out.println("Dataset:  " + Printable.brief(i.title()) + " (" + i.origin().name().toLowerCase()
                    + ", imported " + i.importedAt() + ")"));
            out.println("Events:   " + stats.firstStart().orElse("–") + " … " + stats.lastEnd().orElse("–"));
            out.println();
            int width = stats.rowCounts().keySet().stream().mapToInt(String::length).max().orElse(5);
            for (Map.Entry<String, Long> row : stats.rowCounts().entrySet()) {
                out.printf("  %-" + width + "s %9s%n", row.getKey(), CountText.number(row.getValue()));
            }
            out.println();
            out.println("Sources:");
            for (Stats.SourceSummary s : stats.sources()) {
                out.println("  " + s.id() + "  " + Printable.brief(s.publisher()) + " — " + Printable.brief(s.title()));
            }
        }
        return 0;
    }
}
