package org.parley.cli;

import org.parley.export.Overwrite;
import picocli.CommandLine.Option;

/** {@code --force}: the exports replace files that exist only when given it. */
final class ForceOption {

    @Option(names = {"--force", "--overwrite"}, description = "Replace files that already exist (never a database, "
            + "its WAL/SHM/journal, a backup or a dataset's own file). Without it, nothing that exists is written over.")
    boolean force;

    Overwrite overwrite() {
        return force ? Overwrite.ANY : Overwrite.NOTHING;
    }
}
