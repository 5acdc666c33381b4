package org.parley.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.seed.ExchangeFormatReader;
import org.parley.store.Origin;

/**
 * Once an import has replaced the dataset, a command stopped afterwards (a kill while the log is
 * written back) must not say "nothing was changed": the change is recorded as soon as it is done.
 */
class ChangeMadeTest {

    @TempDir
    Path tmp;

    @Test
    void aReplacedDatasetIsRecordedAsDoneWithItsBackup() throws Exception {
        Path db = tmp.resolve("p.db");
        try (Workspace w = Workspace.open(db)) {
            w.replaceDataset(new ExchangeFormatReader().load(WorkspaceTest.copyOfSeedsTitled(tmp.resolve("a"), "My week")),
                    Origin.USER, true);
            assertTrue(ChangeMade.said().orElseThrow().contains("\"My week\" now"), ChangeMade.said().toString());
            w.replaceDataset(new ExchangeFormatReader().load(WorkspaceTest.copyOfSeedsTitled(tmp.resolve("b"), "My second week")),
                    Origin.USER, true);
            String said = ChangeMade.said().orElseThrow();
            assertTrue(said.contains("\"My second week\" now") && said.contains("backed up first") && said.contains("p.db"),
                    said);
        }
    }
}
