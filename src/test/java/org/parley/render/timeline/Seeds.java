package org.parley.render.timeline;

import java.nio.file.Path;
import org.parley.model.Dataset;
import org.parley.seed.DatasetReader;

/** The bundled seeds, as every timeline test draws them. */
final class Seeds {

    private Seeds() {
    }

    static Dataset week() throws Exception {
        return new DatasetReader().read(Path.of(System.getProperty("parley.seeds", "seeds")));
    }
}
