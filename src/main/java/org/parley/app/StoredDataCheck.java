package org.parley.app;

import org.parley.model.Dataset;
import org.parley.seed.ContentHash;
import org.parley.seed.DatasetException;
import org.parley.seed.ExchangeFormatReader;
import org.parley.seed.ExchangeFormatWriter;
import org.parley.seed.Problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Map;

/**
 * Whether a dataset read back from the database, changed there by another program (a title fixed
 * in the sqlite3 shell), would still be accepted as an import: written out in the exchange format
 * and read in again, every reference must hold and every quote and piece of evidence must be found
 * in its article where it says. A change that passes is the user's own edit, to be kept if they
 * say so; one that does not is damage, for a backup to mend.
 */
final class StoredDataCheck {

    /** Problems listed at most; the first few say enough to tell damage from an edit. */
    static final int SHOWN = 5;

    private static final String NAME = "the stored data";

    private StoredDataCheck() {
    }

    /** What keeps {@code stored} from being a sound dataset; empty when it is one. */
    static List<String> problems(Dataset stored) {
        ExchangeFormatWriter writer = new ExchangeFormatWriter();
        Map<String, byte[]> texts;
        try {
            texts = writer.sourceTexts(stored);
        } catch (IOException e) {
            return List.of(e.getMessage());
        }
        byte[] json = writer.toJson(stored).getBytes(StandardCharsets.UTF_8);
        Dataset reread;
        try {
            reread = new ExchangeFormatReader().read(json, NAME, file -> {
                byte[] text = texts.get(file);
                if (text == null) {
                    throw new NoSuchFileException(file);
                }
                return text;
            });
        } catch (DatasetException e) {
            return e.problems().stream().limit(SHOWN).map(StoredDataCheck::said).toList();
        }
        // The reader finds each quote's words itself: stored positions that point elsewhere differ here.
        return ContentHash.of(reread).equals(ContentHash.of(stored)) ? List.of()
                : List.of("the stored positions of quotes or evidence no longer point at their words in the articles");
    }

    /** A problem without the line and column of JSON the user never saw. */
    private static String said(Problem p) {
        return (p.record().isEmpty() ? "" : p.record() + ": ") + p.message();
    }
}
