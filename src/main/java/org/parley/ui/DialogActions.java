package org.parley.ui;

/**
 * The actions that open their own windows or need the database, supplied by the application so the
 * main window stays free of both.
 */
public record DialogActions(Runnable importDataset, Runnable restoreSeeds, Runnable restoreBackup,
                            Runnable exportData, Runnable exportImage, Runnable present, Runnable handout) {

    public static final DialogActions NONE = new DialogActions(() -> { }, () -> { }, () -> { }, () -> { },
            () -> { }, () -> { }, () -> { });
}
