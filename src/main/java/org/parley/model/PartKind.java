package org.parley.model;

import java.util.Optional;

/** A passage of a source that is not its reporting: the paper's own furniture or another article's. */
public enum PartKind {
    HEADLINE("headline", "Headline"),
    RELATED_HEADLINE("related-headline", "Headline of another article"),
    CAPTION("caption", "Photo caption"),
    BYLINE("byline", "Byline or credit line"),
    FOOTER("footer", "Footer"),
    MASTHEAD("masthead", "Masthead");

    private final String id;
    private final String label;

    PartKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The written form in the exchange format and the store. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<PartKind> byId(String id) {
        return Ids.byId(values(), id, PartKind::id);
    }
}
