package org.parley.ui.state;

/**
 * A stretch of one article to read, as offsets into its text: a search hit in an article that no event
 * cites, an evidence line of the detail, a stance's words on the positions board. The reader outlines it.
 */
public record Passage(String sourceId, int start, int end) {
}
