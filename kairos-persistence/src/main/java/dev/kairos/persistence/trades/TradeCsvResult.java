package dev.kairos.persistence.trades;

import java.util.List;
import java.util.Objects;

/**
 * Trade files read into one series, with the account of each file's rows.
 *
 * @param trades  the accepted trades of all files, in file order, non-decreasing in time
 * @param reports one report per file, in the order read
 */
public record TradeCsvResult(TradeSeries trades, List<TradeCsvReport> reports) {
    public TradeCsvResult {
        Objects.requireNonNull(trades, "trades");
        reports = List.copyOf(reports);
        long accepted = reports.stream().mapToLong(TradeCsvReport::accepted).sum();
        if (reports.isEmpty() || accepted != trades.size()) {
            throw new IllegalArgumentException("series has " + trades.size() + " trades but the reports accepted "
                    + accepted);
        }
    }

    /** The report of a single-file read (the first report). */
    public TradeCsvReport report() {
        return reports.get(0);
    }
}
