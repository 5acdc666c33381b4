package org.parley.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.app.Workspace;
import org.parley.export.ExportException;
import org.parley.export.FileEnding;
import org.parley.export.image.DashboardShape;
import org.parley.export.image.ImageExport;
import org.parley.export.image.ImageFormat;
import org.parley.export.image.ImageRequest;
import org.parley.export.image.ImageSize;
import org.parley.export.image.PageSetup;
import org.parley.export.image.Paper;
import org.parley.export.image.Sizing;
import org.parley.export.image.TallPicture;
import org.parley.export.image.View;
import org.parley.model.Dataset;
import org.parley.model.EventFilter;
import org.parley.render.Theme;
import org.parley.seed.DatasetException;
import org.parley.seed.Printable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "export-image", mixinStandardHelpOptions = true,
        description = "Draw the timeline, map, actor network or all three (dashboard) as PNG, SVG or PDF, "
                + "with a title, a legend and the sources. Needs no display.")
final class ExportImageCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Option(names = "--view", required = true, paramLabel = "VIEW", converter = ViewConverter.class,
            completionCandidates = View.Names.class, description = "One of: ${COMPLETION-CANDIDATES}.")
    View view;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            completionCandidates = ImageFormat.Names.class, description = "One of: ${COMPLETION-CANDIDATES}.")
    ImageFormat format;

    @ArgGroup(exclusive = true)
    Size size;

    static final class Size {
        @Option(names = "--width", paramLabel = "PX", description = "Exact width in pixels (16–16384); png and svg.")
        Integer width;

        @Option(names = "--scale", paramLabel = "N", description = "1 to 8 times the 1600-px layout "
                + "(1920 for the dashboard and the timeline slide); default 1. png and svg: a PDF takes its paper's size.")
        Integer scale;
    }

    @Option(names = "--theme", paramLabel = "THEME", defaultValue = "light",
            description = "light, dark or print (default: ${DEFAULT-VALUE}).")
    String theme;

    @Option(names = "--range", paramLabel = "RANGE", description = "focus (default: the dataset's focus period, "
            + "9–13 January 2022 for the bundled week) or all (everything, background included). "
            + "--from/--to override it.")
    String range;

    @Option(names = "--paper", paramLabel = "PAPER", description = "PDF paper: a4 or letter (default: the "
            + "locale's). A 16:9 or 4:3 slide's PDF is a page of the slide's own shape instead (13.33 × 7.5 in or "
            + "10 × 7.5 in); --shape a4 prints one on this paper.")
    String paper;

    @Option(names = "--orientation", paramLabel = "SIDE", description = "PDF page: landscape, portrait or auto "
            + "(default: auto, the figure's own shape; landscape for the timeline, which is laid out for the paper "
            + "and cut into pages between events when it is long).")
    String orientation;

    @Option(names = "--shape", paramLabel = "SHAPE", description = "Slide frame (dashboard, timeline-slide): 16:9 (default), 4:3 or a4.")
    String shape;

    @Option(names = "--from", paramLabel = "DATE", description = "First day to show, YYYY-MM-DD.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day to show (included), YYYY-MM-DD.")
    String to;

    @Mixin
    EventFilterOptions filters;

    /** As a dataset's titles: a line or two at the top of a figure. */
    private static final int TITLE_LIMIT = 500;

    @Option(names = "--title", paramLabel = "TEXT", description = "Title drawn at the top: words, at most 500 characters "
            + "(default: the view and the dataset's title; there is always one). A map's title is one line, a dashboard's two: a longer "
            + "one ends in \u2026 there.")
    String title;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "The file to write; a name without the format's ending (.png, .svg, .pdf) is given it.")
    Path out;

    @Mixin
    ForceOption force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws DatasetException {
        // Check everything the user typed before opening the database, so a typo costs nothing.
        Limits.output(spec, "--out", out, "the file to write");
        Limits.notAFolder(spec, "--out", "export-image writes one file: name the file, e.g. "
                + Printable.oneLine(out.toString()) + format.extension());
        Sizing sizing = sizing();
        Theme chosenTheme = theme();
        filters.kinds();
        filters.check();
        LocalDate first = DayOption.parse(spec, "--from", from);
        LocalDate last = DayOption.parse(spec, "--to", to);
        DayOption.requireOrder(spec, first, last);
        if (title != null && title.codePointCount(0, title.length()) > TITLE_LIMIT) {
            throw usage(String.format("--title is %,d characters long; at most %d fit a figure.",
                    title.codePointCount(0, title.length()), TITLE_LIMIT));
        }
        int control = title == null ? -1 : firstControl(title);
        if (control >= 0) {
            // Quietly dropped, an ESC sequence left "A[31mRED" in the figure.
            char c = title.charAt(control);
            throw usage(String.format("--title holds %s at character %d; %s", Printable.controlName(c),
                    control + 1, Printable.isDirectionControl(c) ? "leave it out."
                            : "a title is one line of text."));
        }
        if (title != null && Printable.isBlank(title)) {
            // Taken for the default title, "--title ''" drew one the user had not asked for; "no title" is not offered.
            throw usage("--title is blank: it would draw no words. Leave --title out for the default title (the view "
                    + "and the dataset's title).");
        }
        boolean everything = everything();
        if (everything && (first != null || last != null)) {
            throw usage("--range all shows everything; leave out --from and --to, or --range.");
        }
        PageSetup page = page();
        DashboardShape frame = shape();
        // "--out week" is "week.pdf" and "--out map.svg" with --format png is refused, as the Export image dialog
        // names them: one rule (decision 0154). A folder is refused further on; the name with its ending is the
        // one checked for an existing file and said.
        try {
            out = format.fileFor(out);
        } catch (ExportException e) {
            // "map.svg" with --format png may mean the format, not the name: the command can offer both.
            String other = FileEnding.kindOf(out).flatMap(ending -> ImageFormat.byId(ending.substring(1)))
                    .map(f -> " Or use --format " + f.id() + ".").orElse("");
            throw usage("--out " + e.getMessage() + other);
        }
        try (Workspace ws = db.openSeeded()) {
            Dataset data = ws.store().loadDataset();
            ImageRequest request = ImageRequest.of(view, format)
                    .withSizing(sizing)
                    .withTheme(chosenTheme)
                    .withTitle(title)
                    .withFilter(filters.filter(data))
                    .withPage(page)
                    .withShape(frame);
            // Dates are days of the dataset's own calendar (Brussels for the bundled week), as the axis is drawn.
            ZoneId zone = data.zone();
            if (everything) {
                request = request.withEverything();
            } else if (first != null || last != null) {
                request = request.withRange(first == null ? null : first.atStartOfDay(zone).toInstant(),
                        last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant());
            }
            EventFilter drawn = request.filter();
            if (!data.events().isEmpty() && data.events().stream().noneMatch(drawn.in(data))) {
                // Named as export-data names it: which of the filters and the range emptied the picture.
                throw NothingPasses.refusal(drawn, data);
            }
            // A dataset without events is refused further on, in words of its own.
            if (!data.events().isEmpty() && request.defaultRange()
                    && data.events().stream().noneMatch(request.resolvedFor(data).filter().in(data))) {
                throw NothingPasses.outsideFocus(drawn, data);
            }
            if (format == ImageFormat.PNG && (sizing.exactWidth() >= LARGE_PNG_WIDTH || sizing.scale() >= LARGE_PNG_SCALE)) {
                // A 12,800 px timeline takes a quarter of a minute to draw and compress, without a word till "Wrote".
                spec.commandLine().getErr().println("Drawing a large PNG (" + (sizing.exactWidth() > 0
                        ? String.format(Locale.ENGLISH, "%,d px wide", sizing.exactWidth()) : sizing.scale() + "×")
                        + "); this may take a while…");
            }
            // The dialog warns of a picture hundreds of screens tall before it is written; so does the command,
            // without failing: a 64 MB SVG of 20,000 events in one week had come with only "Wrote".
            ImageSize written = new ImageExport().export(data, request, out, force.overwrite(), () -> false, size -> {
                String note = TallPicture.commandLineNote(size, format);
                if (!note.isEmpty()) {
                    spec.commandLine().getErr().println(note);
                }
            });
            spec.commandLine().getOut().println("Wrote " + WrittenPath.of(out) + " (" + written
                    + (format == ImageFormat.PDF ? " pt" : " px") + ")" + WrittenPath.throughLink(out));
        }
        return 0;
    }

    /** From here a PNG takes long enough to draw that the command says it is at work. */
    private static final int LARGE_PNG_WIDTH = 6_400;
    private static final int LARGE_PNG_SCALE = 4;

    private Sizing sizing() {
        try {
            if (size != null && size.width != null) {
                return Sizing.width(size.width);
            }
            return Sizing.scale(size != null && size.scale != null ? size.scale : 1);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage() + ".");
        }
    }

    /** A PNG written to "x.svg" opens as a broken drawing: a name that says another of our formats is a typo. */
    private boolean everything() {
        if (range == null || range.equalsIgnoreCase("focus")) {
            return false;
        }
        if (range.equalsIgnoreCase("all")) {
            return true;
        }
        throw usage("--range: \"" + range + "\" is not a range: use focus or all.");
    }

    private PageSetup page() {
        Paper sheet = paper == null ? Paper.forLocale(Locale.getDefault()) : Paper.byId(paper)
                .orElseThrow(() -> usage("--paper: \"" + paper + "\" is not a paper: use a4 or letter."));
        PageSetup.Orientation side = PageSetup.Orientation.AUTO;
        if (orientation != null) {
            try {
                side = PageSetup.Orientation.valueOf(orientation.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw usage("--orientation: \"" + orientation + "\" is not an orientation: use landscape, portrait or auto.");
            }
        }
        if ((paper != null || orientation != null) && format != ImageFormat.PDF) {
            throw usage("--paper and --orientation are for --format pdf.");
        }
        if (size != null && format == ImageFormat.PDF) {
            // Taken and dropped, a PDF "--width 3840" came out the paper's size with not a word.
            throw usage("--width and --scale are for png and svg; a PDF takes the size of its paper (--paper, "
                    + "--orientation).");
        }
        return new PageSetup(sheet, side);
    }

    private DashboardShape shape() {
        if (shape == null) {
            return DashboardShape.WIDE;
        }
        if (!view.isSlide()) {
            throw usage("--shape is for --view dashboard or timeline-slide.");
        }
        return DashboardShape.byId(shape).orElseThrow(() -> usage("--shape: \"" + shape
                + "\" is not a shape: use 16:9, 4:3 or a4."));
    }

    private Theme theme() {
        try {
            return Theme.named(theme);
        } catch (IllegalArgumentException e) {
            throw usage("--theme: \"" + theme + "\" is not a theme: use light, dark or print.");
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    static final class ViewConverter implements CommandLine.ITypeConverter<View> {
        @Override
        public View convert(String value) {
            return View.byId(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "\"" + value + "\" is not a view: use " + views() + "."));
        }

        /** Every view's id, from the list itself, so a view added is offered too ("timeline-slide" was not). */
        private static String views() {
            List<String> ids = Arrays.stream(View.values()).map(View::id).toList();
            return String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.get(ids.size() - 1);
        }
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<ImageFormat> {
        @Override
        public ImageFormat convert(String value) {
            return ImageFormat.byId(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "\"" + value + "\" is not a format: use png, svg or pdf."));
        }
    }

    private static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Bidi embeddings, overrides and isolates reorder what is drawn without showing themselves:
            // a title that reads one way in the terminal and another on the slide. Arabic needs none of them.
            if (Character.isISOControl(c) || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
                return i;
            }
        }
        return -1;
    }
}
