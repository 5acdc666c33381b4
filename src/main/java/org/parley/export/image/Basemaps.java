package org.parley.export.image;

import org.parley.layout.map.ProjectedBasemap;

/** The Europe basemap, decoded and projected once per process: every map export reuses it. */
final class Basemaps {

    private Basemaps() {
    }

    private static final class Holder {
        static final ProjectedBasemap EUROPE = ProjectedBasemap.europe();
    }

    static ProjectedBasemap europe() {
        return Holder.EUROPE;
    }
}
