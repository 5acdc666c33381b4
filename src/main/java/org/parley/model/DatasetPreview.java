package org.parley.model;

import java.util.Objects;

/**
 * What of a large dataset is read first, so its timeline can be drawn while the rest is read: the
 * events around its focus period (with every actor and place, and the dataset's own focus and zone),
 * how many days it spans, and how many events it holds in all.
 *
 * @param focusWindow a dataset holding only the events around the focus, nothing else that is
 *                    drawn from events; never shown as the dataset itself
 * @param span        the first and last day of the whole dataset
 * @param events      how many events the whole dataset holds
 */
public record DatasetPreview(Dataset focusWindow, DateRange span, int events) {

    public DatasetPreview {
        Objects.requireNonNull(focusWindow, "focusWindow");
        Objects.requireNonNull(span, "span");
        if (events < focusWindow.events().size()) {
            throw new IllegalArgumentException("a preview of " + events + " events holds " + focusWindow.events().size());
        }
    }
}
