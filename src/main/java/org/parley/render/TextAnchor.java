package org.parley.render;

/** Where a text's reference point sits horizontally. Vertical reference is always the baseline. */
public enum TextAnchor {
    START, MIDDLE, END
}
