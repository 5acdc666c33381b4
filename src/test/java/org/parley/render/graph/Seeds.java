package org.parley.render.graph;

import org.parley.model.Dataset;
import org.parley.seed.DatasetReader;

import java.nio.file.Path;

/** The bundled seeds, read once for the tests of this package. */
final class Seeds {

    private static Dataset dataset;

    private Seeds() {
    }

    static synchronized Dataset dataset() throws Exception {
        if (dataset == null) {
            dataset = new DatasetReader().read(Path.of(System.getProperty("parley.seeds", "seeds")));
        }
        return dataset;
    }
}
