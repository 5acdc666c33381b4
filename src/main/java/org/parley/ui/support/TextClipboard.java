package org.parley.ui.support;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Puts plain text on the system clipboard, as the panels that copy (detail, events table) do. */
public final class TextClipboard {

    private TextClipboard() {
    }

    public static void put(String text) {
        ClipboardContent c = new ClipboardContent();
        c.putString(text);
        Clipboard.getSystemClipboard().setContent(c);
    }
}
