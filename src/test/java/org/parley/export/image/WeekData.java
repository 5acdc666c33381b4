package org.parley.export.image;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.parley.model.Dataset;
import org.parley.seed.BundledSeeds;

/** The bundled seeds, read once, and the talks' week as a range. */
final class WeekData {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    static final Instant WEEK_START = LocalDate.of(2022, 1, 9).atStartOfDay(BRUSSELS).toInstant();
    static final Instant WEEK_END = LocalDate.of(2022, 1, 15).atStartOfDay(BRUSSELS).toInstant();

    private WeekData() {
    }

    static Dataset seeds() {
        return BundledSeeds.dataset();
    }

    static ImageRequest week(View view, ImageFormat format) {
        return ImageRequest.of(view, format).withRange(WEEK_START, WEEK_END);
    }
}
