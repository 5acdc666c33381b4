package org.parley.ui;

/**
 * What the menu and toolbar can ask of the window. One place for each action, so the menu, the
 * toolbar and the keyboard shortcuts all do the same thing.
 */
public interface WindowActions {

    void focusSearch();

    void fitWeek();

    void fitAll();

    void zoomIn();

    void zoomOut();

    void previousEvent();

    void nextEvent();

    void clearSelection();

    void clearFilters();

    /** Go → Undo filter change: the filters as they were before the last change. */
    void undoFilterChange();

    /** Go → Redo filter change: the change last taken back, made again. */
    void redoFilterChange();

    /**
     * Go → Filter by actor: the selected actor, else the selected event's actors, else the Filters pane at
     * "Find an actor", so the key always answers.
     */
    void filterByActor();

    void focusPanel(int index);

    /** View → Enlarge panel: the panel the keyboard is in over the whole work area, or the panels back as they were. */
    void togglePanelEnlarged();

    void importDataset();

    void restoreSeeds();


    void restoreBackup();

    void exportData();

    void exportImage();

    void present();

    void handout();

    void showDatasetInfo();

    void showShortcuts();

    /** Help → About Parley: version, sources, credits and the data folder. */
    void showAbout();

    void quit();
}
