package org.parley.export;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Which existing files an export may write over. The command line allows none unless given
 * {@code --force}; the window allows the file its save dialog asked about and, after asking again,
 * the files the export chose itself (the CSV files in a folder, a name the extension was added to).
 * Whatever this allows, an open database, its WAL/SHM/journal, any SQLite file and a dataset's own
 * files are never written over ({@link OutputGuard}).
 */
public final class Overwrite {

    /** Nothing that exists is written over. */
    public static final Overwrite NOTHING = new Overwrite(false, Set.of());
    /** Any file the export writes may replace one that exists. */
    public static final Overwrite ANY = new Overwrite(true, Set.of());

    private final boolean any;
    private final Set<Path> files;

    private Overwrite(boolean any, Set<Path> files) {
        this.any = any;
        this.files = Set.copyOf(files);
    }

    /** Only these files (as the user named them or was asked about them). */
    public static Overwrite only(Collection<Path> files) {
        Set<Path> normal = new HashSet<>();
        files.forEach(f -> normal.add(f.toAbsolutePath().normalize()));
        return new Overwrite(false, normal);
    }

    /** These and {@code more}. */
    public Overwrite and(Collection<Path> more) {
        if (any) {
            return this;
        }
        Set<Path> all = new HashSet<>(files);
        more.forEach(f -> all.add(f.toAbsolutePath().normalize()));
        return new Overwrite(false, all);
    }

    boolean allows(Path target) {
        return any || files.contains(target.toAbsolutePath().normalize());
    }

    @Override
    public String toString() {
        return any ? "Overwrite.ANY" : "Overwrite.only" + files;
    }
}
