package org.parley.ui.map;

import org.parley.layout.map.ProjectedBasemap;

/**
 * The bundled basemap, decoded and projected on first use and shared by every map view: it is
 * immutable and takes about half a second to build, so one copy per application is enough.
 */
final class EuropeBasemap {

    private EuropeBasemap() {
    }

    private static final class Holder {
        static final ProjectedBasemap INSTANCE = ProjectedBasemap.europe();
    }

    static ProjectedBasemap get() {
        return Holder.INSTANCE;
    }
}
