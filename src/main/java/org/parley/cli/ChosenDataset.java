package org.parley.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.parley.seed.ExchangeFormatReader;
import org.parley.seed.Printable;

/**
 * The line that says which file a folder was read as, when it held more than one dataset: a folder
 * with week.json and another *.json is read as week.json without asking, and the user who meant the
 * other one would otherwise never know.
 */
final class ChosenDataset {

    /** Names listed before "and N more": a folder of a thousand exports is not printed whole. */
    private static final int NAMED = 3;

    private ChosenDataset() {
    }

    /** "Read week.json (the folder also holds aaa.json)", or empty when there was no choice. */
    static Optional<String> line(Path folderOrJson) {
        if (folderOrJson == null) {
            return Optional.empty();
        }
        List<String> others = ExchangeFormatReader.passedOver(folderOrJson).stream()
                .map(p -> Printable.oneLine(p.getFileName().toString())).toList();
        if (others.isEmpty()) {
            return Optional.empty();
        }
        String named = others.size() <= NAMED ? join(others)
                : String.join(", ", others.subList(0, NAMED)) + " and " + (others.size() - NAMED) + " more";
        return Optional.of("Read " + ExchangeFormatReader.PREFERRED_NAME + " (the folder also holds " + named
                + "; name a file to read another)");
    }

    private static String join(List<String> names) {
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
