package dev.kairos.analytics.feature.source;

import dev.kairos.analytics.feature.FeatureSpec;
import dev.kairos.model.market.Timeframe;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Side inputs from quote bars (Lean's format, e.g. {@code orderbook/lean_coinbase_BTC-USD_quote_1m_2018-04-05.csv}):
 * {@code timestamp,bid_open,bid_high,bid_low,bid_close,last_bid_size,ask_open,ask_high,ask_low,ask_close,last_ask_size}
 * (columns by header name). The timestamp is the bar's <em>open</em> time (Lean's convention), but the
 * closing quote is only known at the bar's close: every value is stamped at {@code timestamp + barLength}.
 * Only the closing bid and ask and the last sizes are used. Prices must be positive and sizes not negative,
 * else the row is malformed. Pure: no state.
 */
public final class QuoteBarCsv {
    private static final List<String> COLUMNS = List.of("bid_close", "last_bid_size", "ask_close", "last_ask_size");

    private QuoteBarCsv() {
    }

    /**
     * Closing spread {@code (ask_close - bid_close) / mid × 10,000}, in basis points, stamped at the bar close.
     * A crossed close is skipped.
     */
    public static SourceRead spreadBps(List<String> lines, Timeframe barLength) {
        long length = barLength.millis();
        return CsvSeries.read(lines, COLUMNS, (t, f) -> {
            Optional<CsvSeries.Malformed> bad = CsvSeries.quoteDefect(f);
            if (bad.isPresent()) {
                return bad.get();
            }
            return f[0] <= f[2] ? new CsvSeries.Value(t + length, FeatureSpec.SpreadBps.of(f[0], f[2]))
                    : new CsvSeries.Skip("crossed close, bid " + f[0] + " > ask " + f[2]);
        });
    }

    public static SourceRead spreadBps(Path file, Timeframe barLength) {
        return spreadBps(CsvSeries.lines(file), barLength);
    }

    /**
     * Imbalance of the last sizes, {@code (last_bid_size - last_ask_size) / (last_bid_size + last_ask_size)},
     * stamped at the bar close. A row with both sizes 0 is skipped.
     */
    public static SourceRead imbalance(List<String> lines, Timeframe barLength) {
        long length = barLength.millis();
        return CsvSeries.read(lines, COLUMNS, (t, f) -> {
            Optional<CsvSeries.Malformed> bad = CsvSeries.quoteDefect(f);
            if (bad.isPresent()) {
                return bad.get();
            }
            return f[1] + f[3] > 0.0 ? new CsvSeries.Value(t + length, FeatureSpec.ObImbalance.of(f[1], f[3]))
                    : new CsvSeries.Skip("both last sizes are 0");
        });
    }

    public static SourceRead imbalance(Path file, Timeframe barLength) {
        return imbalance(CsvSeries.lines(file), barLength);
    }
}
