package org.parley.export.handout;

import java.nio.file.Path;
import org.parley.model.Dataset;
import org.parley.seed.DatasetException;
import org.parley.seed.DatasetReader;

/** The bundled week, read once for the handout tests. */
final class WeekSeeds {

    private static Dataset dataset;

    private WeekSeeds() {
    }

    static synchronized Dataset dataset() {
        if (dataset == null) {
            try {
                dataset = new DatasetReader().read(Path.of(System.getProperty("parley.seeds", "seeds")));
            } catch (DatasetException e) {
                throw new IllegalStateException("the bundled seeds do not load", e);
            }
        }
        return dataset;
    }
}
