package org.parley.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Objects keep their members in order, find them by name and report repeats, small or large, nested or not. */
class LocatedJsonParserTest {

    private static final JsonFactory FACTORY = new PositionedJsonParser.Factory((JsonFactoryBuilder) JsonFactory.builder());

    private final Problems problems = new Problems("t.json");

    private LocatedJson.Obj parse(String json) throws IOException {
        try (JsonParser p = FACTORY.createParser(new StringReader(json))) {
            return (LocatedJson.Obj) new LocatedJsonParser(problems).value(p, p.nextToken());
        }
    }

    private List<String> problemsSaid() {
        DatasetException e = assertThrows(DatasetException.class, problems::throwIfAny);
        return e.problems().stream().map(Problem::toString).toList();
    }

    private static String object(int members, String extra) {
        return IntStream.range(0, members).mapToObj(i -> "\"f" + i + "\": " + i)
                .collect(Collectors.joining(", ", "{", extra + "}"));
    }

    @Test
    void aRecordsMembersStayInOrderAndAreFoundByName() throws IOException {
        LocatedJson.Obj o = parse("{\"id\": \"e1\", \"title\": \"T\",\n \"actors\": [{\"actor\": \"a\", \"role\": \"\"}]}");
        assertEquals(List.of("id", "title", "actors"), o.members().values().stream().map(LocatedJson.Member::name).toList());
        assertEquals(List.of("id", "title", "actors"), new ArrayList<>(o.members().keySet()));
        assertEquals("T", ((LocatedJson.Str) o.members().get("title").value()).value());
        assertEquals(new LocatedJson.Pos(2, 2), o.members().get("actors").nameAt());
        assertNull(o.members().get("place"));
        assertFalse(o.members().containsKey("place"));
        LocatedJson.Obj actor = (LocatedJson.Obj) ((LocatedJson.Arr) o.members().get("actors").value()).items().get(0);
        assertEquals(2, actor.members().size());
        assertEquals(List.of("id", "title"), List.copyOf(parse("{\"id\": 1, \"title\": 2}").members().keySet()));
    }

    @Test
    void aRepeatedNameIsSaidOnceWhereItRepeatsAndTheFirstValueKept() throws IOException {
        LocatedJson.Obj o = parse("{\"a\": 1, \"b\": {\"c\": 1, \"c\": 2}, \"a\": 3}");
        assertEquals(2, o.members().size());
        assertEquals(List.of("t.json:1:24: field \"c\" appears twice in the same object",
                "t.json:1:33: field \"a\" appears twice in the same object"), problemsSaid().stream()
                .map(s -> s.replaceAll("\\s+", " ")).toList());
    }

    @Test
    void anObjectOfManyMembersIsKeptWholeAndInOrder() throws IOException {
        LocatedJson.Obj o = parse(object(40, ", \"f3\": 99, \"f39\": 98"));
        assertEquals(40, o.members().size());
        assertEquals(IntStream.range(0, 40).mapToObj(i -> "f" + i).toList(), List.copyOf(o.members().keySet()));
        assertEquals(39, ((LocatedJson.Num) o.members().get("f39").value()).value().intValue());
        assertEquals(2, problemsSaid().size(), "both repeats past the 32nd member are said");
    }

    @Test
    void objectsNestedAtTheSameDepthDoNotShareMembers() throws IOException {
        LocatedJson.Obj o = parse("{\"list\": [{\"x\": 1, \"y\": 2}, {\"z\": 3}, {}]}");
        List<LocatedJson> items = ((LocatedJson.Arr) o.members().get("list").value()).items();
        assertEquals(List.of("x", "y"), List.copyOf(((LocatedJson.Obj) items.get(0)).members().keySet()));
        assertEquals(List.of("z"), List.copyOf(((LocatedJson.Obj) items.get(1)).members().keySet()));
        assertInstanceOf(LocatedJson.Obj.class, items.get(2));
        assertEquals(0, ((LocatedJson.Obj) items.get(2)).members().size());
    }
}
