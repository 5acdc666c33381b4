package org.parley.export.handout;

/** How steps are put on paper. */
public enum HandoutLayout {
    /** A4 landscape, one step per page with a map of the place: to hand out or project. */
    ONE_PER_PAGE,
    /** A4 portrait, an overview map then several steps per page: a compact reading list. */
    COMPACT
}
