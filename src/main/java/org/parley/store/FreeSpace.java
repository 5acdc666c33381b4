package org.parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a folder's disk is (nearly) full: a write that failed there failed for that, even when
 * the failure's own words name no full disk (SQLite's "cannot commit - no transaction is active",
 * ImageIO's "I/O error writing PNG file!").
 */
public final class FreeSpace {

    /** Less room than this left counts as full. */
    static final long FULL_BELOW_BYTES = 256 * 1024;

    private FreeSpace() {
    }

    public static boolean nearlyFull(Path folder) {
        try {
            return folder != null && Files.isDirectory(folder)
                    && Files.getFileStore(folder).getUsableSpace() < FULL_BELOW_BYTES;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
