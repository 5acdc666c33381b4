package org.parley.export;

import java.nio.file.AccessDeniedException;

/**
 * An export refused because its target is read-only: the user's protection, kept whatever replacing was allowed.
 * Nothing was written. Its message names what allowed replacing where it is read: {@code --force} on the command
 * line, the window's own question in the window ({@link #inWindow}).
 */
public final class ReadOnlyTargetException extends ExportException {

    private final String target;
    private final boolean folder;
    private final String howTo;

    ReadOnlyTargetException(String target, boolean folder, String howTo) {
        super(refusal(target, folder, howTo, "even with --force"), new AccessDeniedException(target, null, "read-only"));
        this.target = target;
        this.folder = folder;
        this.howTo = howTo;
    }

    /** The same refusal as the window says it, where replacing a file is a choice in a dialog, not an option. */
    public String inWindow() {
        return refusal(target, folder, howTo, "even when you choose to replace it");
    }

    private static String refusal(String target, boolean folder, String howTo, String evenWhen) {
        return target + " is read-only; Parley does not write over a read-only " + (folder ? "folder" : "file") + ", "
                + evenWhen + ". Nothing was written. To replace it, make it writable first (" + howTo + "), or "
                + "choose another name.";
    }
}
