package org.parley.export.handout;

/** How steps are put on paper. */
public enum HandoutLayout {
    /** Landscape (A4 or Letter), one step per page with a map of the place: to hand out or project. */
    ONE_PER_PAGE,
    /** Portrait (A4 or Letter), an overview map then several steps per page: a compact reading list. */
    COMPACT
}
