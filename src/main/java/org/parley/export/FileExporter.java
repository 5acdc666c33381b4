package org.parley.export;

import org.parley.model.Dataset;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Writes a dataset to a file, or to a folder for the exporter's own file names. The shorter calls
 * replace no existing file and run to the end; the GUI's exports pass what the user allowed to be
 * replaced and their Cancel.
 */
public interface FileExporter {

    /**
     * Writes {@code data} to {@code out}, replacing the existing files {@code overwrite} allows, given
     * up when {@code cancelled} says so with nothing written; returns the files written.
     */
    List<Path> export(Dataset data, Path out, Overwrite overwrite, BooleanSupplier cancelled);

    /** As the full call, replacing nothing and never given up. */
    default List<Path> export(Dataset data, Path out) {
        return export(data, out, Overwrite.NOTHING);
    }

    /** As the full call, never given up. */
    default List<Path> export(Dataset data, Path out, Overwrite overwrite) {
        return export(data, out, overwrite, AtomicFiles.NEVER);
    }
}
