package dev.kairos.persistence.csv;

import dev.kairos.model.market.BarSeries;
import java.util.Objects;

/**
 * A bar file read into a series, with the account of its rows.
 *
 * @param series the accepted bars, strictly increasing in time, gaps not filled
 * @param report what happened to every row, and the gaps of {@code series}
 */
public record BarCsvResult(BarSeries series, BarCsvReport report) {
    public BarCsvResult {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(report, "report");
        if (series.size() != report.accepted()) {
            throw new IllegalArgumentException("series has " + series.size() + " bars but the report accepted "
                    + report.accepted());
        }
    }
}
