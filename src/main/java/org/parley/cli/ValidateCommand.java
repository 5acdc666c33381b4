package org.parley.cli;

import org.parley.model.Dataset;
import org.parley.seed.DatasetException;
import org.parley.seed.Printable;
import org.parley.seed.ExchangeFormatReader;
import org.parley.seed.SeedBundle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a dataset: JSON shape, references, dates, and that every quoted text is in its source. "
                + "Prints counts, or the problems (file:line:column or record id; the first 50, and a file with all "
                + "of them) and exits with status 1.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "PATH", description = "Dataset folder or JSON file (default: the bundled seeds).")
    Path path;

    /** Read by {@link FriendlyErrors}, which prints the problems. */
    @Mixin
    ProblemLines.AllOption allProblems;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws DatasetException {
        Limits.dataset(spec, path, "the dataset folder or JSON file to check");
        Dataset ds = path == null ? SeedBundle.locate().load().dataset() : new ExchangeFormatReader().read(path);
        var out = spec.commandLine().getOut();
        ChosenDataset.line(path).ifPresent(out::println);
        out.println("OK: " + Printable.brief(ds.title()));
        out.println(Counts.of(ds));
        FocusNote.of(ds).ifPresent(out::println);
        return 0;
    }
}
