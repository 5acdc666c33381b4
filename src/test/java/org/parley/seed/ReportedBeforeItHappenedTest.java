package org.parley.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Dataset;

/** A paper reports what has happened by its date: an event that happened cannot start after its sources. */
class ReportedBeforeItHappenedTest {

    /** The NATO–Russia meeting's record from its id to its start, moved to {@code start} (and given {@code modality}). */
    private static Path meetingOn(Path dir, String start, String modality) throws Exception {
        String text = Files.readString(SpoiledWeek.SEEDS.resolve("week.json"), StandardCharsets.UTF_8);
        int id = text.indexOf("\"id\": \"nrc-meeting\"");
        int kind = text.indexOf("\"modality\": \"happened\"", id) + "\"modality\": \"happened\"".length();
        String record = text.substring(id, kind);
        return SpoiledWeek.copy(dir, record, record.replace("\"start\": \"2022-01-12\"", "\"start\": \"" + start + "\"")
                .replace("\"modality\": \"happened\"", "\"modality\": \"" + modality + "\""));
    }

    @Test
    void aMeetingTwoMonthsAfterBothPapersIsRefused(@TempDir Path dir) throws Exception {
        SpoiledWeek.onlyProblem(meetingOn(dir, "2022-03-12", "happened"),
                "the event starts 2022-03-12, after its sources were published (2022-01-12)", "events[");
    }

    @Test
    void aMonthThatBeginsAfterThePapersIsRefusedToo(@TempDir Path dir) throws Exception {
        String text = Files.readString(meetingOn(dir, "2030-01", "happened").resolve("week.json"), StandardCharsets.UTF_8);
        int id = text.indexOf("\"id\": \"nrc-meeting\"");
        int precision = text.indexOf("\"precision\": \"day\"", id);
        Files.writeString(dir.resolve("week.json"), text.substring(0, precision) + "\"precision\": \"month\""
                + text.substring(precision + "\"precision\": \"day\"".length()), StandardCharsets.UTF_8);
        SpoiledWeek.onlyProblem(dir, "starts 2030-01-01, after its sources", "events[");
    }

    @Test
    void theNextDayPassesAsThePapersDateIsLocalToItsZone(@TempDir Path dir) throws Exception {
        Dataset d = new ExchangeFormatReader().read(meetingOn(dir, "2022-01-13", "happened"));
        assertEquals("2022-01-13", d.event("nrc-meeting").orElseThrow().time().start().toLocalDate().toString());
    }

    @Test
    void whatWasScheduledMayLieAfterThePapers(@TempDir Path dir) throws Exception {
        Dataset d = new ExchangeFormatReader().read(meetingOn(dir, "2022-03-12", "scheduled"));
        assertEquals("2022-03-12", d.event("nrc-meeting").orElseThrow().time().start().toLocalDate().toString());
    }

    @Test
    void aPaperDatedInTheFutureIsRefusedAndItsEventsWithIt(@TempDir Path dir) throws Exception {
        String text = Files.readString(meetingOn(dir, "2999-01-12", "happened").resolve("week.json"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("week.json"), text.replace("\"published\": \"2022-01-12\"", "\"published\": \"2999-01-12\""),
                StandardCharsets.UTF_8);
        DatasetException e = Assertions.assertThrows(DatasetException.class,
                () -> new ExchangeFormatReader().read(dir));
        Assertions.assertTrue(e.getMessage().contains("the source is dated 2999-01-12, a day that "
                + "has not come yet anywhere; give the day the paper appeared"), e.getMessage());
    }

    @Test
    void aPaperDatedTodayPasses(@TempDir Path dir) throws Exception {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String text = Files.readString(meetingOn(dir, today, "happened").resolve("week.json"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("week.json"), text.replace("\"published\": \"2022-01-12\"", "\"published\": \"" + today + "\""),
                StandardCharsets.UTF_8);
        Dataset d = new ExchangeFormatReader().read(dir);
        assertEquals(today, d.event("nrc-meeting").orElseThrow().time().start().toLocalDate().toString());
    }
}
