package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Gathers {@link Stats} with a few aggregate queries, without loading the dataset. */
final class StatsReader {

    private final Connection connection;

    StatsReader(Connection connection) {
        this.connection = connection;
    }

    Stats read() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (PreparedStatement ps = prepare("row_counts"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        Optional<String> first;
        Optional<String> last;
        try (PreparedStatement ps = prepare("date_range"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            first = Optional.ofNullable(rs.getString(1));
            last = Optional.ofNullable(rs.getString(2));
        }
        List<Stats.SourceSummary> sources = new ArrayList<>();
        try (PreparedStatement ps = prepare("source_summaries"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sources.add(new Stats.SourceSummary(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return new Stats(counts, first, last, sources);
    }

    private PreparedStatement prepare(String name) throws SQLException {
        return connection.prepareStatement(SqlResource.statement(StoredDatasetReader.SQL, name));
    }
}
