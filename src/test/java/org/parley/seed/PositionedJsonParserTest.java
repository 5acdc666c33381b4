package org.parley.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parser's cheap positions are the very lines and columns Jackson's own locations give, token for token. */
class PositionedJsonParserTest {

    private static final JsonFactory POSITIONED = new PositionedJsonParser.Factory((JsonFactoryBuilder) JsonFactory.builder());

    @Test
    void everyTokenStartsWhereJacksonSaysItDoes() throws IOException {
        String json = "{\"a\" : 1,\n  \"b\":[1, \"x\\u00e9\", {\"c\":null, \"d\" : -0.5e3}],\r\n\t\"e\" :\n true,"
                + " \"f\\u00e9\": \"\uD83D\uDE00 two\", \"g\" :false,\r\"h\":[[],{}]}\n";
        assertSamePositions(json);
    }

    @Test
    void theBundledWeekToo() throws IOException {
        assertSamePositions(Files.readString(Path.of("seeds", "week.json")));
    }

    private static void assertSamePositions(String json) throws IOException {
        List<String> jackson = new ArrayList<>();
        try (JsonParser p = JsonFactory.builder().build().createParser(new StringReader(json))) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                JsonLocation l = p.currentTokenLocation();
                jackson.add(t + " " + l.getLineNr() + ":" + l.getColumnNr());
            }
        }
        List<String> cheap = new ArrayList<>();
        try (Reader r = new StringReader(json); JsonParser p = POSITIONED.createParser(r)) {
            assertTrue(p instanceof PositionedJsonParser, "the factory makes the positioned parser");
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                LocatedJson.Pos at = LocatedJson.Pos.of(LocatedJsonParser.where(p));
                cheap.add(t + " " + at.line() + ":" + at.column());
            }
        }
        assertTrue(jackson.size() > 10);
        assertEquals(jackson, cheap);
    }
}
