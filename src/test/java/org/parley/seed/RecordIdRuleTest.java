package org.parley.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The id check without a matcher accepts exactly what the documented pattern does. */
class RecordIdRuleTest {

    @Test
    void theLoopAgreesWithThePattern() {
        for (String id : List.of("e1", "geneva-talks", "0", "a--b", "a-", "-a", "", "A1", "é", "e_1", "e 1", "e1\u200F",
                "\u0663", "x\u0000", "z9-", "9z", "a\uD83D\uDE00")) {
            assertEquals(RecordFields.ID.matcher(id).matches(), RecordFields.wellFormedId(id), id);
        }
    }
}
