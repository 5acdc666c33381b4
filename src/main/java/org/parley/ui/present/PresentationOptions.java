package org.parley.ui.present;

import java.util.Objects;
import org.parley.export.handout.ContextPlacement;

/**
 * How a teacher wants the story told.
 *
 * @param context where the background ("how we got here") goes: first, last or left out
 * @param reveal  show each quotation only on the click after its slide appears
 * @param startAt the event whose step the presentation opens at, or null for step 1
 */
public record PresentationOptions(ContextPlacement context, boolean reveal, String startAt) {

    public static final PresentationOptions DEFAULT = new PresentationOptions(ContextPlacement.LAST, false);

    public PresentationOptions {
        Objects.requireNonNull(context, "context");
    }

    /** Opening at step 1. */
    public PresentationOptions(ContextPlacement context, boolean reveal) {
        this(context, reveal, null);
    }
}
