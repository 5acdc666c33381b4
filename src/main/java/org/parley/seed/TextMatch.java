package org.parley.seed;

import org.parley.model.Span;

/** Where a verbatim text stands in a source: once, nowhere, or several times. */
public sealed interface TextMatch {

    /** The text occurs exactly once, at {@code span}. */
    record Found(Span span) implements TextMatch {
    }

    /** The text does not occur; {@code hint} describes the closest near miss, or is empty. */
    record Missing(String hint) implements TextMatch {
    }

    /** The text occurs more than once; {@code first} and {@code second} are the first two (the search stops there). */
    record Ambiguous(Span first, Span second) implements TextMatch {
    }
}
