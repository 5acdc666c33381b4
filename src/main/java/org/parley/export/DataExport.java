package org.parley.export;

import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.seed.DatasetReader;
import org.parley.seed.DatasetWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        return switch (format) {
            case JSON -> json(data, out);
            case CSV -> new CsvExporter().export(EventSubset.of(data, keep), out);
            case GEOJSON -> new GeoJsonExporter().export(EventSubset.of(data, keep), out);
            case TIMELINEJS -> new TimelineJsExporter().export(EventSubset.of(data, keep), out);
            case HTML -> new WebPageExporter().export(EventSubset.of(data, keep), out);
        };
    }

    private static List<Path> json(Dataset data, Path out) {
        Path file = out.getFileName() != null && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
                ? out : out.resolve(DatasetReader.PREFERRED_NAME);
        Path dir = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ExportException("Cannot create the folder " + dir + ": " + e.getMessage(), e);
        }
        if (!Files.isWritable(dir)) {
            throw new ExportException("Cannot write to " + dir + ": permission denied.");
        }
        try {
            new DatasetWriter().write(data, file);
        } catch (IOException e) {
            throw new ExportException("Cannot write " + file + ": " + e.getMessage(), e);
        }
        List<Path> written = new ArrayList<>();
        written.add(file);
        data.sources().forEach(s -> written.add(dir.resolve(s.file())));
        return written;
    }
}
