package org.parley.cli;

import org.parley.export.AtomicFiles;
import org.parley.model.CountText;
import org.parley.model.Dataset;
import org.parley.seed.ExchangeFormatWriter;
import org.parley.seed.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** Writes a made-up dataset of any size in the exchange format, for trying Parley at scale and for benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a generated dataset (the exchange format and its source texts) into a new or empty "
                + "folder; `parley import DIR` reads it. The same arguments always give the same files.")
final class GenerateCommand implements Callable<Integer> {

    /** The JSON file's name inside the folder. */
    static final String FILE_NAME = "dataset.json";

    @Option(names = "--events", required = true, paramLabel = "N", description = "Events to generate.")
    int events;

    @Option(names = "--actors", defaultValue = "1000", paramLabel = "N", description = "Actors, 1 to 1,000,000 (default: ${DEFAULT-VALUE}).")
    int actors;

    @Option(names = "--places", defaultValue = "500", paramLabel = "N", description = "Places, 1 to 1,000,000 (default: ${DEFAULT-VALUE}).")
    int places;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Folder to write into; it must be new or empty (nothing is overwritten).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Limits.atLeast(spec, "--events", events, 1);
        Limits.atLeast(spec, "--actors", actors, 1);
        Limits.atLeast(spec, "--places", places, 1);
        Limits.atMost(spec, "--events", events, 10_000_000);
        // Each actor and place is a record of its own: a hundred million took minutes to run out of memory.
        Limits.atMost(spec, "--actors", actors, 1_000_000);
        Limits.atMost(spec, "--places", places, 1_000_000);
        Limits.output(spec, "--out", out, "a new or empty folder to write into");
        refuseNonEmpty(out);
        Dataset data = SyntheticData.generate(events, actors, places, seed);
        Path json = out.resolve(FILE_NAME);
        try {
            new ExchangeFormatWriter().write(data, json);
        } catch (IOException e) {
            // As every export says it: /sys or /proc have no free space to speak of, and were reported "full".
            throw AtomicFiles.failure(json, e);
        }
        var w = spec.commandLine().getOut();
        w.println("Wrote " + Printable.oneLine(json.toAbsolutePath().normalize().toString()) + " and "
                + CountText.count(data.sources().size(), "source text"));
        w.println(Counts.of(data));
        return 0;
    }

    private void refuseNonEmpty(Path dir) throws IOException {
        if (Files.isSymbolicLink(dir) && !Files.exists(dir)) {
            // Creating the folder would fail on the link's own name, and the reason would be that name again.
            throw new ParameterException(spec.commandLine(), dir + " is a link that leads to no folder; nothing was "
                    + "written. Name a new or empty folder for --out.");
        }
        if (!Files.exists(dir)) {
            // The folder is made when written; a file on its way would stop that halfway.
            for (Path up = dir.toAbsolutePath().getParent(); up != null; up = up.getParent()) {
                if (Files.exists(up) && !Files.isDirectory(up)) {
                    throw new ParameterException(spec.commandLine(), up + " is a file, not a folder, so " + dir
                            + " cannot be made; nothing was written. Name a new or empty folder for --out.");
                }
            }
            Path parent = dir.toAbsolutePath().normalize().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                // As for exports and databases: only the last folder is made, so a mistyped path leaves no tree behind.
                throw new ParameterException(spec.commandLine(), "the folder " + parent + " does not exist; nothing was "
                        + "written. Check the path: Parley makes only the last folder of --out.");
            }
            return;
        }
        if (dir.toString().isEmpty()) {
            // Path.of("") is the current folder, which this command never fills unasked.
            throw new ParameterException(spec.commandLine(), "--out is empty; name a new or empty folder to write into.");
        }
        if (!Files.isDirectory(dir)) {
            throw new ParameterException(spec.commandLine(), dir + " is a file, not a folder; nothing was written. "
                    + "Name a new or empty folder for --out.");
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isPresent()) {
                throw new ParameterException(spec.commandLine(), dir + " is not empty; nothing was written. "
                        + "Name a new or empty folder for --out, or empty this one yourself.");
            }
        }
    }
}
