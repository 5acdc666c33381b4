package org.parley.cli;

import org.parley.app.Workspace;
import org.parley.export.ExportException;
import org.parley.export.FilterNote;
import org.parley.export.handout.ContextPlacement;
import org.parley.export.handout.HandoutLayout;
import org.parley.export.handout.HandoutPdf;
import org.parley.export.handout.Steps;
import org.parley.export.image.Paper;
import org.parley.model.CountText;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.seed.DatasetException;
import org.parley.seed.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "handout", mixinStandardHelpOptions = true,
        description = {"Write the presentation's steps as a PDF handout for printing.",
                "  one:     landscape, one step a page with a map of the place%n"
                + "  compact: portrait, an overview map, then several steps a page, each%n"
                + "           whole%n"
                + "--kind, --actor, --place, --from and --to keep only matching events (any of the kinds, and any of "
                + "the actors, and any of the places, within the days), as the explorer's filters do."})
final class HandoutCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Option(names = "--layout", defaultValue = "one", paramLabel = "one|compact", converter = LayoutName.class,
            description = "Page layout: one or compact (default: ${DEFAULT-VALUE}).")
    HandoutLayout layout;

    @Option(names = "--background", defaultValue = "last", paramLabel = "first|last|none", converter = PlacementName.class,
            description = "Where the background (how we got here) goes: before the focus period, after it, or left out "
                    + "(default: ${DEFAULT-VALUE}).")
    ContextPlacement background;

    @Option(names = "--paper", paramLabel = "PAPER", description = "a4 or letter (default: the locale's, "
            + "letter in the United States and Canada).")
    String paper;

    @Mixin
    EventFilterOptions filters;

    @Mixin
    DayRangeOptions days;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "The PDF to write; a name without .pdf is given it.")
    Path out;

    @Mixin
    ForceOption force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws DatasetException {
        Limits.output(spec, "--out", out, "the PDF file to write");
        Limits.notAFolder(spec, "--out", "handout writes one file: name the file, e.g. "
                + Printable.oneLine(out.toString()) + ".pdf");
        // "--out handout" is "handout.pdf" and "--out h.png" is refused, as the handout dialog names them: one
        // rule (decision 0154). A folder is refused further on; the name with its ending is the one checked and said.
        try {
            out = HandoutPdf.fileFor(out);
        } catch (ExportException e) {
            throw new ParameterException(spec.commandLine(), "--out " + e.getMessage());
        }
        filters.kinds();
        filters.check();
        days.check(spec);
        Paper sheet = paper == null ? Paper.forLocale(Locale.getDefault()) : Paper.byId(paper.strip())
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "--paper: \""
                        + Printable.oneLine(paper) + "\" is not a paper: use a4 or letter."));
        try (Workspace ws = db.openSeeded()) {
            Dataset data = ws.store().loadDataset();
            EventFilter filter = days.applyTo(filters.filter(data), data.zone());
            List<Event> events = data.events().stream().filter(filter.in(data)).toList();
            if (events.isEmpty() && !data.events().isEmpty()) {
                throw NothingPasses.refusal(filter, data);
            }
            int pages = new HandoutPdf().onPaper(sheet).reportedBy(filter.sources())
                    .keeping(filter.keptDays(data.zone()))
                    .write(data, events, FilterNote.of(filter, data), layout, background, out, force.overwrite());
            // What the handout holds: the background left out (--background none) is not in it.
            int held = Steps.eventsIn(Steps.of(data, events, background));
            spec.commandLine().getOut().println("Wrote " + WrittenPath.of(out) + " ("
                    + CountText.count(held, "event") + ", " + CountText.count(pages, "page") + ", " + sheet + ")"
                    + WrittenPath.throughLink(out));
            DayRangeOptions.roughlyDatedLine(filter, data, e -> true).ifPresent(spec.commandLine().getOut()::println);
        }
        return 0;
    }

    /** "one" or "compact", as the option's help says. */
    static final class LayoutName implements ITypeConverter<HandoutLayout> {
        @Override
        public HandoutLayout convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "one", "one-per-page" -> HandoutLayout.ONE_PER_PAGE;
                case "compact" -> HandoutLayout.COMPACT;
                default -> throw new TypeConversionException("\"" + value + "\" is not a layout: use one or compact.");
            };
        }
    }

    /** "first", "last" or "none", as the option's help says. */
    static final class PlacementName implements ITypeConverter<ContextPlacement> {
        @Override
        public ContextPlacement convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "first" -> ContextPlacement.FIRST;
                case "last" -> ContextPlacement.LAST;
                case "none" -> ContextPlacement.NONE;
                default -> throw new TypeConversionException("\"" + value + "\" is not a place for the background: "
                        + "use first, last or none.");
            };
        }
    }
}
