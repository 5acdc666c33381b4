package org.parley.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The package's training run ({@code packaging/linux/train-cds.sh}) begins with {@code --training-import DIR}: the
 * dataset in DIR is imported into a scratch database, then the app opens as the other arguments say. The
 * ahead-of-time cache made from that run then holds what an import loads and the profiles of its hot code as well
 * as the window's start (decision 0157): trained on the start alone, a user's import ran its reader and writer
 * interpreted until the JIT caught up. Hidden, and only as the first argument: it is for packaging, not for users.
 */
final class TrainingImport {

    static final String OPTION = "--training-import";

    private TrainingImport() {
    }

    /**
     * {@code args} less a leading {@code --training-import DIR}, once DIR is imported into a scratch database in
     * the temporary folder; {@code args} themselves when they do not begin with it.
     */
    static String[] runLeading(String... args) {
        if (args.length < 2 || !args[0].equals(OPTION)) {
            return args;
        }
        int status = importInto(Path.of(System.getProperty("java.io.tmpdir")), Path.of(args[1]));
        if (status != 0) {
            // The cache is made all the same, from the start alone; the packaging script says why it is smaller.
            System.err.println("parley: the training import ended with status " + status + ".");
        }
        return Arrays.copyOfRange(args, 2, args.length);
    }

    /** Imports {@code dataset} as {@code parley import} does into a new database under {@code parent}, removed after. */
    static int importInto(Path parent, Path dataset) {
        Path scratch;
        try {
            scratch = Files.createTempDirectory(parent, "parley-training");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return Main.execute(Main.commandLine(), "--db", scratch.resolve("training.db").toString(), "import",
                    dataset.toString());
        } finally {
            remove(scratch);
        }
    }

    private static void remove(Path folder) {
        try {
            ScratchFolders.remove(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
