package org.parley.store;

import java.nio.file.Path;

/**
 * Another program imported into the database between the question "whose dataset is this?" and
 * the write that would have replaced it: the answer was for a dataset that is no longer there, so
 * nothing is written and the caller asks again.
 */
public final class DatasetChangedMeanwhile extends StoreException {

    DatasetChangedMeanwhile(Path file) {
        super(file + ": another program changed the dataset in this database while this import was being "
                + "checked, so nothing was imported. Run the import again: it says what the database holds now.");
    }
}
