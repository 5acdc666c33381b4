package org.parley.cli;

import org.parley.app.Workspace;
import org.parley.export.DataExport;
import org.parley.export.DataFormat;
import org.parley.export.AtomicFiles;
import org.parley.export.ExportException;
import org.parley.export.FileEnding;
import org.parley.export.FilterNote;
import org.parley.export.SearchedEvents;
import org.parley.model.CountText;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.seed.DatasetException;
import org.parley.seed.Printable;
import org.parley.store.ParleyStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.concurrent.Callable;

@Command(name = "export-data", mixinStandardHelpOptions = true,
        description = {"Write the dataset out.",
                "  json:       the exchange format plus the source texts beside it%n"
                + "              (imports as it is)%n"
                + "  csv:        events.csv, quotes.csv, positions.csv, divergences.csv,%n"
                + "              actors.csv, places.csv, sources.csv and about.txt (what%n"
                + "              they hold) in the folder --out names%n"
                + "  geojson:    places and events as GeoJSON Point features at the place an%n"
                + "              event was held; one only about places has a null geometry%n"
                + "              and names them (refers, refersNames), as its \"about\" says;%n"
                + "              each event gives its passages (evidence) and quotes%n"
                + "  timelinejs: Knight Lab TimelineJS JSON, lanes as groups, the week as an era%n"
                + "  html:       one self-contained web page (timeline, map, quotes; arrow%n"
                + "              keys step through)%n"
                + "--actor, --kind, --place, --reported-by, --from and --to keep only matching%n"
                + "events, as the explorer's filters do, with their quotes; the files say which%n"
                + "filter made them.%n"
                + "--search keeps only the events the search finds (as parley search, every%n"
                + "match: an event, a quote, a passage of its evidence), as the export window's%n"
                + "\"Only the events the search marks\" does.%n"
                + "Several --actor keep events with any of them; --all-actors, only those they share.%n"
                + "json is always the whole dataset."})
final class ExportDataCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            completionCandidates = DataFormat.Names.class, converter = FormatName.class,
            description = "One of: ${COMPLETION-CANDIDATES}.")
    DataFormat format;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = {"The file to write, or a folder, where it is named:", "  json: week.json",
                "  geojson: parley.geojson", "  timelinejs: timeline.json", "  html: parley-week.html", "  csv: --out is always a folder"})
    Path out;

    @Mixin
    EventFilterOptions filters;

    @Mixin
    DayRangeOptions days;

    @Option(names = "--search", paramLabel = "WORDS",
            description = "Keep only the events a search for these words finds, with the filters' own.")
    String search;

    @Mixin
    ForceOption force;

    @Spec
    CommandSpec spec;

    /**
     * GeoJSON written into "g.csv", a JSON dataset into "data.csv", a folder called "events.csv": a name that
     * promises another kind of file is a usage error, as in the Export data window (decision 0154). A name with
     * an ending that names no kind of file ("week.v2") is given the format's, as there; one with none is
     * still the folder the file is written in.
     */
    private void requireFittingName() {
        if (format == DataFormat.CSV) {
            FileEnding.kindOf(out).ifPresent(ending -> {
                throw new CommandLine.ParameterException(spec.commandLine(), "--out " + out.getFileName()
                        + " ends in " + ending + ", but --format csv writes its files into the folder --out names; "
                        + "nothing was written.");
            });
        } else if (hasEnding(out) && !Files.isDirectory(out)) {
            try {
                out = format.fileFor(out);
            } catch (ExportException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--out " + e.getMessage());
            }
        }
    }

    /** A dot with something before and after it: "p.db", not "page" (a folder here) or ".config". */
    private static boolean hasEnding(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && dot < name.length() - 1;
    }

    /**
     * "--out page.html/" names a folder, but a name with the format's own ending is written as that file: the
     * page had been written as "page.html", the '/' ignored.
     */
    private void requireFolderWhereTyped() {
        String name = out.getFileName() == null ? "" : out.getFileName().toString();
        format.endings().stream().filter(name.toLowerCase(Locale.ROOT)::endsWith).findFirst().ifPresent(ending ->
                Limits.notAFolder(spec, "--out", "export-data --format " + format.id() + " writes "
                        + Printable.oneLine(name) + " as a file: leave out the '/', or name a folder without the ending "
                        + ending));
    }

    @Override
    public Integer call() throws DatasetException {
        Limits.output(spec, "--out", out, "the file or folder to write");
        requireFittingName();
        requireFolderWhereTyped();
        filters.kinds();
        filters.check();
        days.check(spec);
        boolean filtered = filters.any() || days.any();
        if ((filtered || search != null) && format == DataFormat.JSON) {
            // A cut-down exchange file would import as a smaller dataset and pass for the whole one.
            throw new CommandLine.ParameterException(spec.commandLine(), "--format json writes the whole "
                    + "dataset, as it imports; --actor, --kind, --place, --reported-by, --from, --to and --search "
                    + "apply to csv, geojson, timelinejs and html. Nothing was written.");
        }
        if (search != null) {
            if (search.isBlank()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--search is empty; give it the words to search for, e.g. --search Sherman. Nothing was written.");
            }
            ParleyStore.searchProblem(search).ifPresent(problem -> {
                throw new CommandLine.ParameterException(spec.commandLine(), "--search: " + problem + ". Nothing was written.");
            });
        }
        try (Workspace ws = db.openSeeded()) {
            Dataset data = ws.store().loadDataset();
            EventFilter filter = days.applyTo(filters.filter(data), data.zone());
            Optional<SearchedEvents> found = Optional.ofNullable(search)
                    .map(words -> new SearchedEvents(words, ws.store().searchEventIds(words)));
            Predicate<Event> keep = found.map(f -> filter.in(data).and(e -> f.eventIds().contains(e.id())))
                    .orElse(filter.in(data));
            long kept = data.events().stream().filter(keep).count();
            if (found.isPresent() && kept == 0) {
                String among = filtered ? " among the events that pass the filters"
                        + FilterNote.which(filter, data).map(w -> " (" + w + ")").orElse("") : "";
                // A misspelt name is the likeliest cause: offered the word the index holds, as parley search does.
                String nearest = !found.get().eventIds().isEmpty() ? "" : ws.store().searchSuggestion(search)
                        .map(better -> " Did you mean \u201C" + Printable.brief(better) + "\u201D?").orElse("");
                throw new ExportException("the search \u201C" + Printable.oneLine(search) + "\u201D finds no event"
                        + among + "; nothing was written." + nearest);
            }
            if (filtered && kept == 0) {
                // A refusal, as export-image and handout make it: the command line is well formed, the data decides.
                throw NothingPasses.refusal(filter, data);
            }
            DataExport export = new DataExport();
            List<Path> written = found.isPresent()
                    ? export.export(data, format, out, filter, found.get(), force.overwrite(), AtomicFiles.NEVER)
                    : export.export(data, format, out, filter, force.overwrite());
            for (Path p : written) {
                spec.commandLine().getOut().println("Wrote " + WrittenPath.of(p) + WrittenPath.throughLink(p));
            }
            if (filtered || found.isPresent()) {
                spec.commandLine().getOut().println(CountText.count((int) kept, "event") + " of "
                        + String.format("%,d", data.events().size()) + " kept by the "
                        + (!found.isPresent() ? "filters." : filtered ? "filters and the search." : "search."));
                DayRangeOptions.roughlyDatedLine(filter, data, found.<Predicate<Event>>map(f -> e -> f.eventIds()
                        .contains(e.id())).orElse(e -> true)).ifPresent(spec.commandLine().getOut()::println);
            }
        }
        return 0;
    }

    /**
     * A format by the name the help gives it, in any case. Picocli's own refusal listed them in
     * capitals ("expected one of [JSON, CSV, …] (case-insensitive) but was 'xml'"), in words
     * unlike export-image's for the same mistake.
     */
    static final class FormatName implements CommandLine.ITypeConverter<DataFormat> {
        @Override
        public DataFormat convert(String value) {
            List<String> ids = Arrays.stream(DataFormat.values()).map(DataFormat::id).toList();
            int at = ids.indexOf(value.toLowerCase(Locale.ROOT));
            if (at < 0) {
                throw new CommandLine.TypeConversionException("\"" + value + "\" is not a format: use "
                        + String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.get(ids.size() - 1) + ".");
            }
            return DataFormat.values()[at];
        }
    }
}
