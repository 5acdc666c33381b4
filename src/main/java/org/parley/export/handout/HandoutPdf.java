package org.parley.export.handout;

import org.parley.export.image.Paper;
import org.parley.export.Credits;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.parley.export.AtomicFiles;
import org.parley.export.Overwrite;
import org.parley.export.ExportException;
import org.parley.export.FileEnding;
import org.parley.export.FilterNote;
import org.parley.layout.map.ProjectedBasemap;
import org.parley.model.Dataset;
import org.parley.model.DateRange;
import org.parley.model.Event;
import org.parley.model.SourceFilter;

/**
 * The presentation's steps as a printable PDF: the same events in the same order, with real
 * (selectable, searchable) text and vector maps. Written through a temporary file, so a failure
 * leaves no partial PDF behind.
 *
 * <pre>{@code
 * new HandoutPdf().write(dataset, dataset.events(), HandoutLayout.ONE_PER_PAGE, Path.of("week.pdf"));
 * }</pre>
 */
public final class HandoutPdf {

    /** The file to write for a name given for a handout, by the one rule ({@link FileEnding}): "report" is "report.pdf". */
    public static Path fileFor(Path given) {
        return FileEnding.of(given, "a PDF", List.of(".pdf"));
    }

    /** Printed on every page: where the story comes from. */

    private final ProjectedBasemap basemap;
    private final Paper paper;
    private final SourceFilter papers;
    /** The days a time filter keeps, when one chose the events: the day bars hatch the others. */
    private final Optional<DateRange> kept;

    /** A handout on the bundled Europe basemap, on A4. */
    public HandoutPdf() {
        this(null);
    }

    /** @param basemap the map to draw on, or null for the bundled one (decoded on first need) */
    public HandoutPdf(ProjectedBasemap basemap) {
        this(basemap, Paper.A4);
    }

    private HandoutPdf(ProjectedBasemap basemap, Paper paper, SourceFilter papers, Optional<DateRange> kept) {
        this.basemap = basemap;
        this.paper = Objects.requireNonNull(paper, "paper");
        this.papers = Objects.requireNonNull(papers, "papers");
        this.kept = Objects.requireNonNull(kept, "kept");
    }

    private HandoutPdf(ProjectedBasemap basemap, Paper paper) {
        this(basemap, paper, SourceFilter.ANY, Optional.empty());
    }

    /** The same handout on {@code sheet}: Letter where the class prints on it, the layouts drawn to its size. */
    public HandoutPdf onPaper(Paper sheet) {
        return new HandoutPdf(basemap, sheet, papers, kept);
    }

    /** The same handout with only the stances {@code filter} (a papers filter) reports on its positions page. */
    public HandoutPdf reportedBy(SourceFilter filter) {
        return new HandoutPdf(basemap, paper, filter, kept);
    }

    /**
     * The same handout of events a time filter chose: {@code days} ({@code EventFilter.keptDays}) are the
     * days it keeps, and each step's day bar hatches the week's others "outside the filter", as a slide's
     * strip does (decision 0132). Empty draws every day alike.
     */
    public HandoutPdf keeping(Optional<DateRange> days) {
        return new HandoutPdf(basemap, paper, papers, days);
    }

    /** The most events a handout takes: about as many pages, and more is no longer a class's reading. */
    public static final int MOST_EVENTS = 500;

    /**
     * Writes the handout of {@code events} (any subset, put in narrative order) to {@code out}.
     *
     * @return the number of pages written
     * @throws ExportException when there is nothing to print or the file cannot be written
     */
    public int write(Dataset dataset, List<Event> events, HandoutLayout layout, Path out) {
        return write(dataset, events, layout, out, Overwrite.NOTHING);
    }

    /** As {@link #write(Dataset, List, HandoutLayout, Path)}, replacing {@code out} if {@code overwrite} allows. */
    public int write(Dataset dataset, List<Event> events, HandoutLayout layout, Path out, Overwrite overwrite) {
        return write(dataset, events, layout, ContextPlacement.LAST, out, overwrite);
    }

    /** As {@link #write(Dataset, List, HandoutLayout, Path, Overwrite)}, with the background where {@code background} says. */
    public int write(Dataset dataset, List<Event> events, HandoutLayout layout, ContextPlacement background, Path out,
                     Overwrite overwrite) {
        return write(dataset, events, Optional.empty(), layout, background, out, overwrite);
    }

    /**
     * As above, for events a filter chose: {@code filterNote} ("Filtered: kind Proposal or demand") opens
     * the first page and the title says "(filtered)", as every other export of filtered events does.
     */
    public int write(Dataset dataset, List<Event> events, Optional<String> filterNote, HandoutLayout layout,
                     ContextPlacement background, Path out, Overwrite overwrite) {
        Dataset named = filterNote.map(n -> FilterNote.labelled(dataset, n, papers)).orElse(dataset);
        return writeNamed(named, events, filterNote, layout, background, out, overwrite);
    }

    /**
     * How many pages {@link #write(Dataset, List, Optional, HandoutLayout, ContextPlacement, Path, Overwrite)} would
     * write of the same handout, writing nothing: a teacher printing for a class sees the length before choosing.
     *
     * @throws ExportException when there is nothing to print, as the write would
     */
    public int pages(Dataset dataset, List<Event> events, Optional<String> filterNote, HandoutLayout layout,
                     ContextPlacement background) {
        Dataset named = filterNote.map(n -> FilterNote.labelled(dataset, n, papers)).orElse(dataset);
        check(named, events, layout);
        try (PDDocument document = build(named, events, filterNote, layout, background, false)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new ExportException("the handout's pages could not be counted: " + e.getMessage(), e);
        }
    }

    private int writeNamed(Dataset dataset, List<Event> events, Optional<String> filterNote, HandoutLayout layout,
                           ContextPlacement background, Path out, Overwrite overwrite) {
        check(dataset, events, layout);
        int[] pages = new int[1];
        AtomicFiles.write(out, overwrite, stream -> {
            try (PDDocument document = build(dataset, events, filterNote, layout, background, true)) {
                pages[0] = document.getNumberOfPages();
                document.save(stream);
            }
        });
        return pages[0];
    }

    /** Refuses a handout of no events, or of more than a class reads. */
    private static void check(Dataset dataset, List<Event> events, HandoutLayout layout) {
        Objects.requireNonNull(layout, "layout");
        if (events.isEmpty()) {
            throw new ExportException(dataset.events().isEmpty() ? "no events to put in the handout: the dataset has none."
                    : "no events to put in the handout: the filters leave none.");
        }
        if (events.size() > MOST_EVENTS) {
            // Thirty thousand events had run for minutes towards as many pages, printing nothing.
            throw new ExportException(String.format(Locale.ENGLISH, "a handout is read on paper: %,d events would "
                    + "be about as many pages. It takes up to %,d; choose fewer with the filters (kinds, actors, places, a paper, "
                    + "a time range; --kind, --actor, --place, --reported-by, --from and --to on the command line). "
                    + "Nothing was written.", events.size(), MOST_EVENTS));
        }
    }

    /** The handout as an open document; the caller closes it. */
    PDDocument build(Dataset dataset, List<Event> events, HandoutLayout layout, ContextPlacement background)
            throws IOException {
        return build(dataset, events, Optional.empty(), layout, background, true);
    }

    /**
     * @param whole false for a document only counted: a page of the plan is a page whatever it
     *              says, so those pages are left blank (their 45 maps took most of 8 seconds to draw)
     * @param filterNote "Filtered: …", said again under the board's heading, as on the presentation's board
     */
    private PDDocument build(Dataset dataset, List<Event> events, Optional<String> filterNote, HandoutLayout layout,
                             ContextPlacement background, boolean whole) throws IOException {
        List<Step> steps = Steps.of(dataset, events, background, papers);
        String credit = Credits.line(dataset, papers);
        PDDocument document = new PDDocument();
        try {
            HandoutFonts fonts = HandoutFonts.load(document);
            describe(document, dataset, credit);
            ProjectedBasemap map = basemap == null ? ProjectedBasemap.europe() : basemap;
            PDRectangle portrait = new PDRectangle((float) this.paper.shortSide(), (float) this.paper.longSide());
            PDRectangle landscape = new PDRectangle(portrait.getHeight(), portrait.getWidth());
            PDRectangle paper = layout == HandoutLayout.ONE_PER_PAGE ? landscape : portrait;
            // One step a page keeps the board on pages of its own; several a page go on below the last steps.
            PageEnd stepsEnd = null;
            if (layout == HandoutLayout.ONE_PER_PAGE) {
                OnePerPage pages = new OnePerPage(document, fonts, landscape, map, dataset, steps, credit, kept);
                // Steps without maps may share a page: the opening list names each step's page from the plan.
                List<List<Step>> planned = pages.pages(steps);
                int[] pageOf = new int[steps.size()];
                for (int page = 0; page < planned.size(); page++) {
                    for (Step step : planned.get(page)) {
                        pageOf[step.number() - 1] = page + 1;
                    }
                }
                OpeningPage.add(document, fonts, map, dataset, steps, paper, n -> pageOf[n - 1], credit);
                for (List<Step> page : planned) {
                    if (whole) {
                        pages.add(page);
                    } else {
                        document.addPage(new PDPage(landscape));
                    }
                }
            } else {
                CompactPages pages = new CompactPages(document, fonts, portrait, dataset.title() + " \u2014 " + steps.size()
                        + " steps", credit, dataset.focus().orElse(null), kept, dataset.span());
                // The steps begin below the list, on its last page: its last nine entries had a sheet to themselves.
                OpeningPage.Plan opening = OpeningPage.plan(fonts, dataset, steps, paper);
                int[] pageOf = pages.pagesOf(steps, new PageEnd(null, opening.end()));
                PageEnd listEnd = OpeningPage.add(document, fonts, map, dataset, steps, paper, n -> pageOf[n - 1], credit);
                pages.addAll(steps, listEnd);
                stepsEnd = pages.end();
            }
            new PositionsPage(document, fonts, credit, paper, filterNote.orElse(""))
                    .add(PositionsSummary.of(dataset, events, papers), stepsEnd);
            if (whole) {
                PageNumbers.add(document, fonts.regular());
            }
            return document;
        } catch (IOException | RuntimeException e) {
            document.close();
            throw e;
        }
    }

    private static void describe(PDDocument document, Dataset dataset, String credit) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(dataset.title());
        info.setCreator("Parley");
        info.setSubject(credit);
    }
}
