package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlResourceTest {

    /** A part misspelt where a statement names it would reach SQLite as "{…}", a syntax error at the first use. */
    @Test
    void everyPartAStatementNamesIsWrittenIntoIt() {
        for (String file : List.of("sql/read.sql", "sql/write.sql")) {
            SqlResource.named(file).forEach((name, sql) -> assertFalse(sql.contains("{"), file + ", " + name + ": " + sql));
        }
    }

    @Test
    void aPartIsWrittenWholeWhereItIsNamed() {
        String part = SqlResource.statement(StoredDatasetReader.SQL, "window_rowids");
        String using = SqlResource.statement(StoredDatasetReader.SQL, "events_between");
        assertTrue(using.contains("(" + part + ")"), using);
        assertEquals(-1, part.indexOf(';'), "a part is one statement without its end: " + part);
    }
}
