package org.parley.app;

import java.nio.file.Path;
import org.parley.seed.DatasetException;
import org.parley.seed.ExchangeFormatReader;
import org.parley.seed.Problem;
import org.parley.store.OpenDatabases;

/** The dataset file a user chose to import, checked before anything reads it. */
public final class DatasetFileChoice {

    private DatasetFileChoice() {
    }

    /**
     * The dataset file {@code path} names (itself, or the one in a folder), unless it is a database
     * this process has open or one of its working files: reading that through Java would drop the
     * locks SQLite holds on it (see {@link OpenDatabases}), so it is refused unread.
     */
    public static Path datasetFile(Path path) throws DatasetException {
        Path json = ExchangeFormatReader.datasetFile(path);
        if (OpenDatabases.owning(OpenDatabases.real(json)).isPresent()) {
            throw new DatasetException(Problem.inFile(json.toString(), "this is the database Parley has open (or one "
                    + "of its working files), not a dataset: choose the dataset's .json file"));
        }
        return json;
    }
}
