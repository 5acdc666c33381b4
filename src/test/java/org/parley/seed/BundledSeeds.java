package org.parley.seed;

import org.parley.model.Dataset;

import java.nio.file.Path;

/** The seeds shipped with Parley, read once for every test that needs the real week and its articles. */
public final class BundledSeeds {

    private static Dataset dataset;

    private BundledSeeds() {
    }

    public static synchronized Dataset dataset() {
        if (dataset == null) {
            try {
                dataset = new ExchangeFormatReader().read(Path.of(System.getProperty("parley.seeds", "seeds")));
            } catch (DatasetException e) {
                throw new IllegalStateException("the bundled seeds do not load", e);
            }
        }
        return dataset;
    }
}
