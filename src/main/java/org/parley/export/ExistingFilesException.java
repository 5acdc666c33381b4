package org.parley.export;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An export refused because files it would write already exist and nobody agreed to replace them.
 * Nothing was written. The command line says to add {@code --force}; the window asks and tries again.
 */
public final class ExistingFilesException extends ExportException {

    private final transient List<Path> files;

    public ExistingFilesException(List<Path> files) {
        super((files.size() == 1 ? files.get(0) + " already exists" : files.stream().map(Path::toString)
                .collect(Collectors.joining(", ")) + " already exist") + "; nothing was written");
        this.files = List.copyOf(files);
    }

    /** The files that exist, as the export would have written them. */
    public List<Path> files() {
        return files;
    }
}
