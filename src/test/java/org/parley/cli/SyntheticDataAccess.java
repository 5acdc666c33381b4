package org.parley.cli;

import org.parley.model.Dataset;

/** Lets tests outside the command line draw or store the generated data `parley generate` writes. */
public final class SyntheticDataAccess {

    private SyntheticDataAccess() {
    }

    /** {@code events} events over 2000–2024 with 200 actors and 100 places, always the same for the same count. */
    public static Dataset dataset(int events) {
        return SyntheticData.generate(events, 200, 100, 1);
    }

    /** What {@code parley generate --events N} writes, with its default actors, places and seed. */
    public static Dataset generated(int events) {
        return SyntheticData.generate(events, 1_000, 500, 42);
    }
}
