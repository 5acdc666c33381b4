package org.parley.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.parley.model.Dataset;
import org.parley.model.Event;

/**
 * The one-pass reader on what a hand-edited or damaged file holds: collections in another order,
 * duplicate names, wrong types, a file cut short, huge strings and bytes that are not UTF-8.
 */
class DatasetStreamTest {

    private static final String EVENTS_TO_QUOTES = "  \"events\": [";

    /** The fixture with its "events" array moved before "sources" (and quotes after it stay where they are). */
    private static String eventsFirst(String json) {
        int start = json.indexOf(EVENTS_TO_QUOTES);
        int end = json.indexOf("  \"quotes\": [");
        assertTrue(start > 0 && end > start, "fixture layout changed");
        String events = json.substring(start, end);
        String rest = json.substring(0, start) + json.substring(end);
        int sources = rest.indexOf("  \"sources\": [");
        return rest.substring(0, sources) + events + rest.substring(sources);
    }

    private static LoadedDataset load(String json) throws DatasetException {
        return new ExchangeFormatReader().load(json.getBytes(StandardCharsets.UTF_8), SeedFixtures.FILE,
                TextSource.folder(SeedFixtures.validFolder()));
    }

    private static List<Problem> problems(byte[] json) {
        DatasetException e = assertThrows(DatasetException.class, () -> new ExchangeFormatReader()
                .read(json, SeedFixtures.FILE, TextSource.folder(SeedFixtures.validFolder())));
        return e.problems();
    }

    @Test
    void theContentHashIsTheCanonicalOneStoredDatabasesHold() throws Exception {
        // Computed by the whole-file reader before streaming; a change here would make every stored dataset look damaged.
        assertEquals("39ee74b19ffc0ce16128e24bedde344ff9ff7f4e96654837e73954c941c4c919",
                new ExchangeFormatReader().load(SeedFixtures.validFolder()).contentHash());
    }

    @Test
    void collectionsInAnotherOrderGiveTheSameDataset() throws Exception {
        LoadedDataset canonical = load(SeedFixtures.validJson());
        LoadedDataset reordered = load(eventsFirst(SeedFixtures.validJson()));
        assertEquals(canonical.dataset(), reordered.dataset());
        assertEquals(canonical.contentHash(), reordered.contentHash());
    }

    /** Reads {@code json} as an import does, asking {@code goOn} once the file's bytes are all read. */
    private static Dataset readAsking(String json, RecordSink sink, Runnable goOn) throws Exception {
        Problems problems = new Problems(SeedFixtures.FILE);
        DatasetMapper mapper = new DatasetMapper(problems, TextSource.folder(SeedFixtures.validFolder()), sink);
        return new DatasetStream(problems, mapper, goOn).read(new StringReader(json));
    }

    @Test
    void aCancelAfterTheLastByteStopsTheRecordsMappedAtTheEnd() {
        // Events before sources wait for the file's end, then are mapped, quotes looked up and all: seconds on
        // 100,000, through which a Cancel had gone unheard.
        String json = eventsFirst(SeedFixtures.validJson());
        ReadProgress progress = new ReadProgress();
        AtomicInteger mapped = new AtomicInteger();
        RecordSink cancelAtTheFirstEvent = new RecordSink() {
            @Override
            public void event(Event e) {
                mapped.incrementAndGet();
                progress.cancel();
            }
        };
        assertThrows(CancellationException.class,
                () -> readAsking(json, cancelAtTheFirstEvent, progress::check));
        assertEquals(1, mapped.get(), "mapped on after the Cancel");
    }

    @Test
    void aCancelOnceTheFileIsReadStopsTheFinalCheckWithoutADataset() throws Exception {
        String json = SeedFixtures.validJson();
        AtomicInteger asked = new AtomicInteger();
        assertEquals(load(json).dataset(), readAsking(json, RecordSink.NONE, asked::incrementAndGet));
        // At the file's end, once per place within another, and before the dataset is built: where a Cancel takes.
        assertTrue(asked.get() >= 2, "asked " + asked.get() + " times");
        ReadProgress progress = new ReadProgress();
        assertThrows(CancellationException.class, () -> readAsking(json, RecordSink.NONE, () -> {
            progress.cancel();
            progress.check();
        }));
    }

    @Test
    void problemsOfAReorderedFileAreReportedAtTheirPlaceAndInTheUsualOrder() {
        String json = eventsFirst(SeedFixtures.validJson());
        json = SeedFixtures.replaceOnce(json, "{\"actor\": \"grushko\"", "{\"actor\": \"grushkov\"");
        json = SeedFixtures.replaceOnce(json, "\"group\": \"russia\"", "\"group\": \"kremlin\"");
        List<Problem> problems = SeedFixtures.problemsOf(json);
        assertEquals(2, problems.size(), problems::toString);
        // Actors before events, as the format lists them, although the events come first in this file.
        assertTrue(problems.get(0).message().startsWith("unknown group \"kremlin\""), problems::toString);
        assertTrue(problems.get(1).message().contains("actor \"grushkov\" is not the id of any actor"), problems::toString);
        int[] at = SeedFixtures.lineColumn(json, json.indexOf("\"grushkov\""));
        assertEquals(at[0] + ":" + at[1], problems.get(1).line() + ":" + problems.get(1).column());
    }

    @Test
    void aDuplicateCollectionIsReportedAtItsNameAndTheFirstIsKept() throws Exception {
        String json = SeedFixtures.replaceOnce(SeedFixtures.validJson(), "  \"places\": [",
                "  \"actors\": [],\n  \"places\": [");
        List<Problem> problems = SeedFixtures.problemsOf(json);
        assertEquals(1, problems.size(), problems::toString);
        int[] at = SeedFixtures.lineColumn(json, json.indexOf("\"actors\": []"));
        assertEquals(SeedFixtures.FILE + ":" + at[0] + ":" + at[1] + ": field \"actors\" appears twice in the same object",
                problems.get(0).toString());
    }

    @Test
    void aCollectionOfTheWrongTypeIsOneProblemOfTheDataset() {
        int start = SeedFixtures.validJson().indexOf("  \"actors\": [");
        int end = SeedFixtures.validJson().indexOf("  \"places\": [");
        String json = SeedFixtures.validJson().substring(0, start) + "  \"actors\": {\"id\": \"x\"},\n"
                + SeedFixtures.validJson().substring(end);
        List<Problem> problems = SeedFixtures.problemsOf(json);
        // The events' participants then name no actor: those follow, but the first says why.
        Problem first = problems.get(0);
        assertEquals("dataset", first.record());
        assertEquals("\"actors\" must be an array, not an object", first.message());
        int[] at = SeedFixtures.lineColumn(json, json.indexOf("{\"id\": \"x\"}"));
        assertEquals(at[0] + ":" + at[1], first.line() + ":" + first.column());
    }

    @Test
    void aFileCutShortAnywhereIsOneLocatedProblem() {
        String whole = SeedFixtures.validJson();
        for (int cut = 1; cut < whole.length() - 2; cut += 97) {
            List<Problem> problems = problems(whole.substring(0, cut).getBytes(StandardCharsets.UTF_8));
            assertEquals(1, problems.size(), problems::toString);
            Problem p = problems.get(0);
            assertTrue(p.message().startsWith("malformed JSON: "), p::toString);
            assertTrue(p.hasLocation(), p::toString);
        }
    }

    @Test
    void aLongStringIsReadAndOneTooHugeIsRefusedWithoutReadingOn() throws Exception {
        String longest = "x".repeat(RecordFields.TEXT_LIMIT);
        String json = SeedFixtures.replaceOnce(SeedFixtures.validJson(), "\"A tiny dataset for the seed tests\"",
                "\"" + longest + "\"");
        Dataset d = load(json).dataset();
        assertEquals(longest, d.description());

        // Past the field's limit: a located problem (docs/exchange-format.md), the rest still read.
        String huge = SeedFixtures.replaceOnce(SeedFixtures.validJson(), "\"A tiny dataset for the seed tests\"",
                "\"" + "x".repeat(3_000_000) + "\"");
        List<Problem> tooLong = problems(huge.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, tooLong.size(), tooLong::toString);
        assertTrue(tooLong.get(0).message().contains("is 3,000,000 characters long; at most 20,000 are allowed"),
                tooLong::toString);

        String tooBig = SeedFixtures.replaceOnce(SeedFixtures.validJson(), "\"A tiny dataset for the seed tests\"",
                "\"" + "y".repeat(20_000_001) + "\"");
        List<Problem> problems = problems(tooBig.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, problems.size(), problems::toString);
        // Well-formed, only too long for Jackson to read: not "malformed JSON", and Parley's limit is named.
        assertTrue(problems.get(0).message().startsWith("a string here is longer than Parley reads"), problems::toString);
        assertEquals(3, problems.get(0).line(), problems::toString);
    }

    @Test
    void aBadByteFarIntoTheFileIsLocatedAcrossReadBuffers() {
        String json = SeedFixtures.replaceOnce(SeedFixtures.validJson(), "\"A tiny dataset for the seed tests\"",
                "\"" + "é".repeat(70_000) + "\\n\"");
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        int bad = json.indexOf("\\n\"") + 140_000 - 70_000;
        bytes[bad] = (byte) 0xFF;
        List<Problem> problems = problems(bytes);
        assertEquals(1, problems.size(), problems::toString);
        int[] at = SeedFixtures.lineColumn(json, json.indexOf("\\n\""));
        assertEquals("the file is not valid UTF-8: invalid UTF-8 at byte " + bad + " (line " + at[0] + ", column "
                + at[1] + ")", problems.get(0).message());
    }

    @Test
    void aBadByteIsReportedEvenAfterTheJsonBreaks() {
        byte[] bytes = (SeedFixtures.validJson().replaceFirst("\"title\": \"Test week\",", "\"title\": \"Test week\",,")
                + "\n").getBytes(StandardCharsets.UTF_8);
        // A byte no character begins with: a lead byte last would be a character cut short (CutInACharacterTest).
        bytes[bytes.length - 1] = (byte) 0xFF;
        List<Problem> problems = problems(bytes);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).message().startsWith("the file is not valid UTF-8"), problems::toString);
    }

    /** A file that is no JSON from its first byte says so without being read to its end (a 6 GB one took 44 s). */
    @Test
    void afterTheJsonBreaksTheLookForBadBytesStopsAfterAWhile() {
        byte[] head = "{\"title\": ,".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + (int) DatasetStream.DRAIN_CHARS + (1 << 20)];
        Arrays.fill(bytes, (byte) ' ');
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[bytes.length - 1] = (byte) 0xFF;
        List<Problem> problems = problems(bytes);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).message().startsWith("malformed JSON"), problems::toString);
        assertEquals(1, problems.get(0).line(), problems::toString);
    }

    @Test
    void aByteOrderMarkIsSkippedAndColumnsStayTheEditors() {
        String json = SeedFixtures.replaceOnce(SeedFixtures.validJson(), "\"title\": \"Test week\"", "\"title\": 7");
        List<Problem> problems = problems(("\uFEFF" + json).getBytes(StandardCharsets.UTF_8));
        int[] at = SeedFixtures.lineColumn(json, json.indexOf("7,"));
        assertEquals(at[0] + ":" + at[1], problems.get(0).line() + ":" + problems.get(0).column(), problems::toString);
    }
}
