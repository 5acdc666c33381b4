package org.parley.seed;

import java.util.Locale;
import org.parley.model.CountText;
import org.parley.model.WriteProgress;

/**
 * What an import is doing and how far, in words: the one wording of the import window and of {@code parley import}'s
 * line on a terminal, so the two never say a phase differently. The {@link #headline} is the phase and its amount,
 * short enough for a terminal's line; the window adds the {@link #rest}, which says why the phase takes a while or
 * that it can no longer be cancelled.
 *
 * @param headline the phase and its amount: "Reading “big.json”: 24.4 of 83.9 MB"
 * @param rest     what the window says after it, from its punctuation on ("…", "; this cannot be stopped now.")
 * @param share    the share done, 0 to 1, or -1 when the phase has no measure
 */
public record ImportStatus(String headline, String rest, double share) {

    /** A phase with no measure. */
    public static final double UNMEASURED = -1;

    /** What the window says once the write has begun and its Cancel is greyed. */
    private static final String UNSTOPPABLE = "; this cannot be stopped now.";

    /** The whole sentence, as the window shows it. */
    public String sentence() {
        return headline + rest;
    }

    /** Whether {@link #share} is a measure. */
    public boolean measured() {
        return share >= 0;
    }

    /**
     * Where the import stands now, for a file named {@code name}. Each phase as its code set it: once the last byte
     * was read, the window had said for the rest of the import that quotes were being looked up (the read does
     * that), then that a write of half a minute took "a moment".
     */
    public static ImportStatus of(ReadProgress progress, String name) {
        if (progress.cancelled()) {
            return new ImportStatus("Stopping\u2026 nothing is changed.", "", UNMEASURED);
        }
        String file = "\u201c" + name + "\u201d";
        return switch (progress.phase()) {
            case READING -> reading(file, progress.bytesRead(), progress.size());
            case CHECKING -> new ImportStatus("Checking " + file + " as a whole",
                    ": what its records refer to, and its places\u2026", UNMEASURED);
            case HASHING -> new ImportStatus("Taking the fingerprint of " + file,
                    ", which tells whether it is imported already\u2026", UNMEASURED);
            case WRITING -> writing(file, progress);
        };
    }

    private static ImportStatus reading(String file, long read, long size) {
        if (size <= 0) {
            return new ImportStatus("Reading " + file, "\u2026", UNMEASURED);
        }
        long done = Math.min(read, size);
        return new ImportStatus("Reading " + file + ": " + megabytes(done) + " of " + megabytes(size) + " MB",
                "\u2026", Math.min(1, (double) done / size));
    }

    /**
     * The write's own steps, as the store says them: 100,000 events took most of a minute to write and read back,
     * and the window had said only that "a large file takes a while". The step is read before its numbers, which
     * the writer sets before it.
     */
    private static ImportStatus writing(String file, ReadProgress progress) {
        WriteProgress.Step step = progress.writeStep();
        if (step == null) {
            return new ImportStatus("Writing " + file + " into your database", UNSTOPPABLE, UNMEASURED);
        }
        return switch (step) {
            case BACKING_UP -> new ImportStatus("Backing up what your database holds before " + file + " replaces it",
                    UNSTOPPABLE, UNMEASURED);
            case RECORDS -> records(file, progress.written(), progress.toWrite());
            case SEARCH_INDEX -> new ImportStatus("Building the search index of " + file,
                    " and checking what its records refer to" + UNSTOPPABLE, UNMEASURED);
            case OPENING -> new ImportStatus("Opening " + file + ", now in your database", "\u2026", UNMEASURED);
        };
    }

    /** So many of the total; while a streamed import still reads the file, the total is not known yet (0). */
    private static ImportStatus records(String file, long written, long total) {
        String what = "Writing " + file + " into your database: ";
        if (total <= 0) {
            return new ImportStatus(what + CountText.count(written, "record"), UNSTOPPABLE, UNMEASURED);
        }
        long done = Math.min(written, total);
        return new ImportStatus(what + CountText.number(done) + " of " + CountText.number(total) + " records",
                UNSTOPPABLE, (double) done / total);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1048576.0);
    }
}
