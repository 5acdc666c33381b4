package org.parley.ui.support;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** A folder opener for tests of the windows that offer one: it opens no file manager, it only tells. */
public final class StandInFolderOpener {

    private StandInFolderOpener() {
    }

    /** An opener that is available and hands each folder it is asked to open to {@code opened}. */
    public static FolderOpener telling(Consumer<Path> opened) {
        return new FolderOpener(f -> {
            opened.accept(f.toPath());
            return true;
        }, new OpenerCommand(List.of("no-such-opener")), true);
    }
}
