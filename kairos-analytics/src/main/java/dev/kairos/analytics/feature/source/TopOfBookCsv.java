package dev.kairos.analytics.feature.source;

import dev.kairos.analytics.feature.FeatureSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Side inputs from a top-of-book file: one row per book update,
 * {@code timestamp,...,best_bid,best_bid_size,best_ask,best_ask_size,...} (columns by header name; e.g.
 * {@code orderbook/bybit_XRPUSDT_ob500_2024-12-01_top_of_book.csv}). The timestamp (epoch ms UTC) is the
 * update's event time, when the book became known; equal timestamps keep file order. Prices must be
 * positive and sizes not negative, else the row is malformed. Pure: no state.
 */
public final class TopOfBookCsv {
    private static final List<String> COLUMNS = List.of("best_bid", "best_bid_size", "best_ask", "best_ask_size");

    private TopOfBookCsv() {
    }

    /**
     * Top-of-book imbalance {@code (bid size - ask size) / (bid size + ask size)}, in [-1, 1]. A row with both
     * sizes 0 is skipped.
     */
    public static SourceRead imbalance(List<String> lines) {
        return CsvSeries.read(lines, COLUMNS, (t, f) -> {
            Optional<CsvSeries.Malformed> bad = CsvSeries.quoteDefect(f);
            if (bad.isPresent()) {
                return bad.get();
            }
            return f[1] + f[3] > 0.0 ? new CsvSeries.Value(t, FeatureSpec.ObImbalance.of(f[1], f[3]))
                    : new CsvSeries.Skip("both top-of-book sizes are 0");
        });
    }

    public static SourceRead imbalance(Path file) {
        return imbalance(CsvSeries.lines(file));
    }

    /**
     * Quoted spread {@code (ask - bid) / mid × 10,000}, in basis points; 0 for a locked book. A crossed row
     * (bid above ask) is skipped.
     */
    public static SourceRead spreadBps(List<String> lines) {
        return CsvSeries.read(lines, COLUMNS, (t, f) -> {
            Optional<CsvSeries.Malformed> bad = CsvSeries.quoteDefect(f);
            if (bad.isPresent()) {
                return bad.get();
            }
            return f[0] <= f[2] ? new CsvSeries.Value(t, FeatureSpec.SpreadBps.of(f[0], f[2]))
                    : new CsvSeries.Skip("crossed book, bid " + f[0] + " > ask " + f[2]);
        });
    }

    public static SourceRead spreadBps(Path file) {
        return spreadBps(CsvSeries.lines(file));
    }
}
