package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.parley.model.Dataset;
import org.parley.model.DatasetPreview;
import org.parley.model.DateRange;
import org.parley.model.DensestPeriod;
import org.parley.model.Event;
import org.parley.model.Precision;
import org.parley.model.TimeSpan;
import org.parley.model.TimeText;

/**
 * Reads a {@link DatasetPreview}: the events around the focus period through the index of event
 * windows (decision 0164), and the focus, span and count by aggregates SQLite computes without handing over the
 * events. Its focus and zone are the ones the whole dataset gets, so the view the preview opens on
 * is the view the whole dataset keeps.
 */
final class DatasetPreviewReader {

    /** Days read either side of the focus: the view frames the focus with a margin, and cards run past it. */
    static final int MARGIN_DAYS = 3;

    private final Connection connection;
    private final StoredDatasetReader reader;

    DatasetPreviewReader(Connection connection) {
        this.connection = connection;
        this.reader = new StoredDatasetReader(connection);
    }

    /** The preview, or empty when the dataset holds no more than {@code above} events or has no focus to show. */
    Optional<DatasetPreview> read(int above) throws SQLException {
        int count = (int) number("event_count");
        if (count <= above) {
            return Optional.empty();
        }
        StoredDatasetReader.Info info = reader.info();
        Optional<DateRange> focus = info.focus() != null ? Optional.of(info.focus()) : densestWeek();
        Optional<DateRange> span = span();
        if (focus.isEmpty() || span.isEmpty()) {
            return Optional.empty();
        }
        // Any zone will do for the window: it reaches days past the focus either side.
        ZoneId utc = ZoneOffset.UTC;
        long from = focus.get().first().minusDays(MARGIN_DAYS + 1L).atStartOfDay(utc).toInstant().toEpochMilli();
        long to = focus.get().last().plusDays(MARGIN_DAYS + 2L).atStartOfDay(utc).toInstant().toEpochMilli();
        List<Event> events = reader.events("window_", to, from);
        ZoneId zone = info.zone() != null ? info.zone() : DensestPeriod.zoneOf(events, focus);
        Dataset window = new Dataset(info.title(), info.description(), focus.get(), zone, List.of(), reader.actors(),
                reader.places(), events, List.of(), List.of(), List.of());
        return Optional.of(new DatasetPreview(window, span.get(), count));
    }

    /** As {@link DensestPeriod#of}, from SQLite's count of the events dated to the day or finer per start day. */
    private Optional<DateRange> densestWeek() throws SQLException {
        StringJoiner fine = new StringJoiner("\", \"", "[\"", "\"]");
        for (Precision p : Precision.values()) {
            if (p.atLeast(Precision.DAY)) {
                fine.add(p.name());
            }
        }
        long[] days = new long[1024];
        int n = 0;
        try (PreparedStatement ps = connection.prepareStatement(SqlResource.statement(StoredDatasetReader.SQL, "start_days"))) {
            ps.setString(1, fine.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long day = rs.getLong(1);
                    int times = rs.getInt(2);
                    if (n + times > days.length) {
                        days = Arrays.copyOf(days, Math.max(2 * days.length, n + times));
                    }
                    Arrays.fill(days, n, n + times, day);
                    n += times;
                }
            }
        }
        return DensestPeriod.ofSortedDays(days, n);
    }

    /** The first day an event starts on and the last day one touches, as {@link Dataset#span()} gives. */
    private Optional<DateRange> span() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(SqlResource.statement(StoredDatasetReader.SQL, "local_extent"));
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next() || rs.getString(1) == null) {
                return Optional.empty();
            }
            LocalDate first = TimeText.parseIsoLocal(rs.getString(1)).toLocalDate();
            LocalDate last = TimeSpan.lastDateOf(TimeText.parseIsoLocal(rs.getString(2)));
            return Optional.of(new DateRange(first, last.isBefore(first) ? first : last));
        }
    }

    private long number(String name) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(SqlResource.statement(StoredDatasetReader.SQL, name));
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
