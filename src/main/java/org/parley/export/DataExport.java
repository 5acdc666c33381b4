package org.parley.export;

import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.model.Evidence;
import org.parley.model.SourceFilter;
import org.parley.seed.ExchangeFormatReader;
import org.parley.seed.ExchangeFormatWriter;
import org.parley.seed.Printable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/** Writes a dataset in one of the {@link DataFormat}s; shared by the GUI and the command line. */
public final class DataExport {

    /** Writes the whole of {@code data} as {@code format} to {@code out}; returns the files written. */
    public List<Path> export(Dataset data, DataFormat format, Path out) {
        return export(data, format, out, e -> true);
    }

    /**
     * Writes {@code data} as {@code format} to {@code out}, with only the events {@code keep} accepts
     * (and their quotes) for csv, geojson and timelinejs. JSON ignores {@code keep} and always writes the
     * whole dataset: it is the exchange format, and a cut-down file would re-import as a smaller dataset.
     *
     * @return the files written
     */
    public List<Path> export(Dataset data, DataFormat format, Path out, Predicate<Event> keep) {
        return export(data, format, out, keep, Overwrite.NOTHING);
    }

    /**
     * As {@link #export(Dataset, DataFormat, Path, Predicate)}, replacing the existing files
     * {@code overwrite} allows; any other that exists refuses the export whole
     * ({@link ExistingFilesException}, nothing written).
     */
    public List<Path> export(Dataset data, DataFormat format, Path out, Predicate<Event> keep, Overwrite overwrite) {
        return export(data, format, out, keep, Optional.empty(), SourceFilter.ANY, overwrite, AtomicFiles.NEVER);
    }

    /**
     * As {@link #export(Dataset, DataFormat, Path, Predicate, Overwrite)}, with the events {@code filter}
     * keeps; the title and description of what is written say which filter that was (but for JSON,
     * which is written whole).
     */
    public List<Path> export(Dataset data, DataFormat format, Path out, EventFilter filter, Overwrite overwrite) {
        return export(data, format, out, filter, overwrite, AtomicFiles.NEVER);
    }

    /**
     * As {@link #export(Dataset, DataFormat, Path, EventFilter, Overwrite)}, given up as soon as {@code cancelled}
     * says so: a {@link java.util.concurrent.CancellationException} is thrown and no file is written or replaced.
     */
    public List<Path> export(Dataset data, DataFormat format, Path out, EventFilter filter, Overwrite overwrite,
                             BooleanSupplier cancelled) {
        return export(data, format, out, filter.in(data), FilterNote.of(filter, data), filter.sources(), overwrite,
                cancelled);
    }

    /**
     * As {@link #export(Dataset, DataFormat, Path, EventFilter, Overwrite, BooleanSupplier)}, keeping besides
     * only the events {@code search} found; what is written says so after the filter ("Filtered: kind Meeting;
     * found by the search “Sherman”"). JSON is written whole, as for a filter.
     */
    public List<Path> export(Dataset data, DataFormat format, Path out, EventFilter filter, SearchedEvents search,
                             Overwrite overwrite, BooleanSupplier cancelled) {
        Set<String> found = search.eventIds();
        Optional<String> note = Optional.of("Filtered: " + FilterNote.which(filter, data).map(w -> w + "; ").orElse("")
                + search.words());
        return export(data, format, out, filter.in(data).and(e -> found.contains(e.id())), note, filter.sources(),
                overwrite, cancelled);
    }

    private List<Path> export(Dataset data, DataFormat format, Path out, Predicate<Event> keep, Optional<String> note,
                              SourceFilter papers, Overwrite overwrite, BooleanSupplier cancelled) {
        // Counted in the whole dataset: the subset keeps only the sources its records cite.
        int sourceCount = data.sources().size();
        Optional<Predicate<List<Evidence>>> reported = papers.mode() == SourceFilter.Mode.ANY ? Optional.empty()
                : Optional.of(passages -> papers.test(passages, sourceCount));
        // The folder an export creates for itself goes again when it fails: "nothing was changed" holds.
        Path absolute = out.toAbsolutePath().normalize();
        List<Path> absent = Stream.of(absolute, absolute.getParent())
                .filter(p -> p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS)).toList();
        try {
            return switch (format) {
                case JSON -> json(data, out, overwrite, cancelled);
                case CSV -> new CsvExporter().export(EventSubset.withTheirPlaces(data, keep, note, papers), out,
                        overwrite, cancelled, reported, papers.mode() == SourceFilter.Mode.INCLUDES
                                ? Optional.of(data.sourceName(papers.sourceId())) : Optional.empty());
                case GEOJSON -> new GeoJsonExporter().export(EventSubset.withTheirPlaces(data, keep, note, papers), out,
                        overwrite, cancelled);
                case TIMELINEJS -> new TimelineJsExporter().export(EventSubset.of(data, keep, note, papers), out, overwrite,
                        cancelled);
                case HTML -> new WebPageExporter().export(EventSubset.of(data, keep, note, papers), out, overwrite,
                        cancelled);
            };
        } catch (RuntimeException e) {
            absent.forEach(DataExport::removeIfEmptyFolder);
            throw e;
        }
    }

    private static void removeIfEmptyFolder(Path p) {
        try {
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> entries = Files.list(p)) {
                    if (entries.findAny().isEmpty()) {
                        Files.delete(p);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // Left as it is: someone else's file appeared in it, or it cannot be removed.
            return;
        }
    }

    /**
     * The JSON and, in a folder of their own beside it ({@code week-sources/} for {@code week.json}),
     * the source texts, all or nothing. That folder is replaced only when an earlier export wrote
     * it (it lists what it wrote in {@value #MARKER}), so no file the user made is ever written over.
     */
    private static List<Path> json(Dataset data, Path out, Overwrite overwrite,
                                   BooleanSupplier cancelled) {
        Path file = out.getFileName() != null && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
                ? out.toAbsolutePath().normalize() : OutputFile.resolve(out, ExchangeFormatReader.PREFERRED_NAME);
        OutputFile.resolve(file, ExchangeFormatReader.PREFERRED_NAME);
        // Written through a link (decision 0123), the texts go beside the file it is, where a reader of it looks.
        Path lies = linkedFile(file);
        Path sources = lies.resolveSibling(ExchangeFormatReader.sourcesFolderName(lies.getFileName().toString()));
        requireRoomForSourcesName(file, sources);
        ExchangeFormatWriter writer = new ExchangeFormatWriter();
        Map<String, byte[]> texts;
        try {
            texts = writer.sourceTexts(data);
        } catch (IOException e) {
            throw new ExportException("cannot export the dataset: " + e.getMessage() + ". Nothing was written.", e);
        }
        Map<String, AtomicFiles.Content> files = new LinkedHashMap<>();
        texts.forEach((name, bytes) -> files.put(name, o -> o.write(bytes)));
        files.put(MARKER, o -> o.write(String.join("\n", texts.keySet()).concat("\n").getBytes(StandardCharsets.UTF_8)));
        try (AtomicFiles.Batch batch = AtomicFiles.batch(overwrite, cancelled)) {
            batch.folder(sources, files, DataExport::writtenByExport);
            batch.file(file, o -> writer.writeJson(data, o));
            batch.commit();
        }
        List<Path> written = new ArrayList<>();
        written.add(file);
        texts.keySet().forEach(name -> written.add(sources.resolve(name)));
        return written;
    }

    /** The file {@code file} is: itself, or the one a symbolic link there leads to. */
    private static Path linkedFile(Path file) {
        if (!Files.isSymbolicLink(file)) {
            return file;
        }
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file; // a link to nothing is refused where the JSON is written
        }
    }

    /**
     * A JSON file named near the longest name a disk takes leaves its sources folder, a few bytes
     * longer, none: the refusal had named that folder cut short ("the name jjj… is 258 bytes long")
     * for a file name of 255 bytes, so it read as the user's own name, miscounted.
     */
    private static void requireRoomForSourcesName(Path file, Path sources) {
        int fileBytes = file.getFileName().toString().getBytes(StandardCharsets.UTF_8).length;
        int sourcesBytes = sources.getFileName().toString().getBytes(StandardCharsets.UTF_8).length;
        if (sourcesBytes > OutputName.MOST_NAME_BYTES) {
            throw new ExportException("cannot write " + Printable.oneLine(file.toString()) + ": its source "
                    + "texts go into the folder beside it whose name ends in \"-sources\", which would be " + sourcesBytes
                    + " bytes long; file systems take at most " + OutputName.MOST_NAME_BYTES + ". Name the JSON file with at "
                    + "most " + (OutputName.MOST_NAME_BYTES - (sourcesBytes - fileBytes)) + " bytes. Nothing was written.");
        }
    }

    /** The file in a sources folder that lists what the export wrote there. */
    static final String MARKER = ".parley-export";

    private static boolean writtenByExport(Path folder) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Path marker = folder.resolve(MARKER);
        try {
            if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            Set<String> listed = new HashSet<>(Files.readAllLines(marker, StandardCharsets.UTF_8));
            listed.add(MARKER);
            try (Stream<Path> entries = Files.list(folder)) {
                return entries.allMatch(p -> listed.contains(p.getFileName().toString())
                        && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS));
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
