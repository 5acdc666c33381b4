package org.parley.store;

import java.nio.file.Path;

/** A second program that only reads a database, as {@code parley stats} does: prints its content hash. */
public final class ReadAndClose {

    private ReadAndClose() {
    }

    public static void main(String[] args) {
        try (ParleyStore store = ParleyStore.openToRead(Path.of(args[0]))) {
            System.out.println(store.info().map(DatasetInfo::contentHash).orElse("(none)"));
        }
    }
}
