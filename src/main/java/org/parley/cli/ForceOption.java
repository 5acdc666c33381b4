package org.parley.cli;

import org.parley.export.Overwrite;
import picocli.CommandLine.Option;

/** {@code --force}: the exports replace files that exist only when given it. */
final class ForceOption {

    @Option(names = {"--force", "--overwrite"}, description = "Replace files that already exist (never an SQLite "
            + "database, its WAL/SHM/journal or a backup, nor a dataset file this command read). Without it, nothing "
            + "that exists is written over.")
    boolean force;

    Overwrite overwrite() {
        return force ? Overwrite.ANY : Overwrite.NOTHING;
    }
}
