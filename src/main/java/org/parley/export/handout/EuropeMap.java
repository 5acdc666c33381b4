package org.parley.export.handout;

import org.parley.layout.map.ProjectedBasemap;

/**
 * The bundled basemap, decoded once per process: it is immutable and takes about half a second to
 * build, and a handout draws it dozens of times.
 */
public final class EuropeMap {

    private EuropeMap() {
    }

    private static final class Holder {
        static final ProjectedBasemap INSTANCE = ProjectedBasemap.europe();
    }

    public static ProjectedBasemap get() {
        return Holder.INSTANCE;
    }
}
