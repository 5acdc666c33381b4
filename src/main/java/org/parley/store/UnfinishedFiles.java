package org.parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Database files being written under a temporary name (a new database's import, a backup's copy):
 * a JVM stopped halfway (Ctrl-C, kill -TERM) deletes them, with SQLite's working files beside them
 * and the folders made for them, on its way out. One shutdown hook for every such file.
 */
final class UnfinishedFiles {

    /** Each file being written, with the folders made for it, innermost first. */
    private static final Map<Path, List<Path>> UNDER_WAY = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(UnfinishedFiles::dropAll, "parley-unfinished-cleanup"));
    }

    private UnfinishedFiles() {
    }

    /** {@code temp} is being written; {@code madeFolders}, innermost first, were made for it. */
    static void writing(Path temp, List<Path> madeFolders) {
        UNDER_WAY.put(temp, List.copyOf(madeFolders));
    }

    /** {@code temp} is finished, moved into place or removed: nothing is left to delete on the way out. */
    static void done(Path temp) {
        UNDER_WAY.remove(temp);
    }

    /**
     * On the JVM's way out: the writer may still hold a file, but no one will finish it (elsewhere
     * than Linux and macOS an open file may refuse, and the next run removes it then).
     */
    private static void dropAll() {
        for (Map.Entry<Path, List<Path>> under : UNDER_WAY.entrySet()) {
            Path temp = under.getKey();
            for (String suffix : OpenDatabases.COMPANIONS) {
                try {
                    Files.deleteIfExists(temp.resolveSibling(temp.getFileName() + suffix));
                } catch (IOException | RuntimeException e) {
                    continue;
                }
            }
            // The folders made for it, innermost first; one with anything in it stays, and those around it.
            for (Path folder : under.getValue()) {
                try {
                    Files.deleteIfExists(folder);
                } catch (IOException | RuntimeException e) {
                    break;
                }
            }
        }
    }
}
