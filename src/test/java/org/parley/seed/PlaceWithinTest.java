package org.parley.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Dataset;
import org.parley.model.Place;

/** A place may lie within another (a venue in its city): read, checked, and written back. */
class PlaceWithinTest {

    private static final String CITY_END = "\"kind\": \"city\",\n      \"country\": \"056\"\n    },";

    /** The fixture with a venue in Brussels added after the city, lying within {@code within}. */
    private static String withVenue(String within) {
        return SeedFixtures.replaceOnce(SeedFixtures.validJson(), CITY_END, CITY_END
                + "\n    {\n      \"id\": \"nato-hq\",\n      \"name\": \"NATO headquarters\",\n"
                + "      \"lat\": 50.8786,\n      \"lon\": 4.4264,\n      \"kind\": \"venue\",\n"
                + "      \"country\": \"056\",\n      \"within\": \"" + within + "\"\n    },");
    }

    @Test
    void aVenueLiesWithinItsCity() throws Exception {
        Dataset d = SeedFixtures.read(withVenue("brussels"));
        assertEquals("brussels", d.place("nato-hq").orElseThrow().within());
        assertEquals("", d.place("brussels").orElseThrow().within(), "absent means it lies in no other");
    }

    @Test
    void withinMustNameAPlace() {
        List<Problem> problems = SeedFixtures.problemsOf(withVenue("bruxelles"));
        assertTrue(problems.stream().anyMatch(p -> p.message().equals("within \"bruxelles\" is not the id of any place")),
                problems.toString());
    }

    @Test
    void aPlaceCannotLieWithinItself() {
        List<Problem> problems = SeedFixtures.problemsOf(withVenue("nato-hq"));
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("cannot lie within itself")), problems.toString());
    }

    @Test
    void onlyOneLevelSoItNeverLoops() {
        String json = SeedFixtures.replaceOnce(withVenue("brussels"), CITY_END,
                "\"kind\": \"city\",\n      \"country\": \"056\",\n      \"within\": \"ukraine\"\n    },");
        List<Problem> problems = SeedFixtures.problemsOf(json);
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("which itself lies within \"ukraine\"")),
                problems.toString());
    }

    @Test
    void theWriterKeepsWithin() throws Exception {
        Dataset d = SeedFixtures.read(withVenue("brussels"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExchangeFormatWriter().writeJson(d, out);
        Dataset again = SeedFixtures.read(out.toString(StandardCharsets.UTF_8));
        assertEquals(d.places(), again.places());
        assertEquals("brussels", again.place("nato-hq").map(Place::within).orElseThrow());
    }

    @Test
    void theBundledWeekPutsNatoHeadquartersInBrussels() throws Exception {
        Dataset week = new ExchangeFormatReader().load(Path.of(System.getProperty("parley.seeds", "seeds"))).dataset();
        assertEquals("brussels", week.place("nato-hq").orElseThrow().within());
    }
}
