package org.parley.cli;

import org.parley.app.ParleyVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "parley", mixinStandardHelpOptions = true, version = ParleyVersion.NAME_AND_VERSION,
        description = "Timeline, actors and map of the US–NATO–Russia talks of January 2022.%n"
                + "With no command, opens the app.",
        subcommands = {ValidateCommand.class, ImportCommand.class, GenerateCommand.class, StatsCommand.class,
                SearchCommand.class, ExportDataCommand.class, ExportImageCommand.class, HandoutCommand.class,
                BenchCommand.class, BackupsCommand.class, CheckCommand.class, RepairCommand.class})
final class ParleyCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "FILE", description = "Database to open (default: the one in your user-data folder).")
    Path db;

    @Option(names = "--measure-startup",
            description = "Open the app, print the milliseconds from JVM start to the first frame with data, and quit.")
    boolean measureStartup;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        // "--db x.db/" would open x.db, the '/' dropped: a database is one file, as every command says.
        DbOption.refuseTypedAsFolder(spec);
        if (db != null && !Files.exists(db, LinkOption.NOFOLLOW_LINKS)) {
            // A database the app creates gets a name that can be seen and typed, as "import" and every --out do.
            Limits.output(spec, "--db", db, "the database to create");
        }
        GuiLauncher.launch(db, measureStartup);
        return 0;
    }
}
