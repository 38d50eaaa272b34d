package dev.kairos.persistence.trades;

import dev.kairos.model.InstrumentId;
import dev.kairos.persistence.csv.BadRowPolicy;
import dev.kairos.persistence.csv.TimeWindow;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read trade files.
 *
 * @param instrument the instrument traded; when empty it is taken from the (first) file name, e.g.
 *                   {@code binance_XRP-ETH_trades.csv} → {@code XRP-ETH}
 * @param window     the trade times to keep; valid rows outside it are counted as skipped
 * @param badRows    what to do with malformed rows (they are counted either way)
 */
public record TradeCsvOptions(Optional<InstrumentId> instrument, TimeWindow window, BadRowPolicy badRows) {
    /** Instrument from the file name, every timestamp, skip malformed rows. */
    public static final TradeCsvOptions DEFAULTS = new TradeCsvOptions(Optional.empty(), TimeWindow.ALL,
            BadRowPolicy.SKIP);

    public TradeCsvOptions {
        Objects.requireNonNull(instrument, "instrument (use Optional.empty())");
        Objects.requireNonNull(window, "window (use TimeWindow.ALL)");
        Objects.requireNonNull(badRows, "badRows");
    }

    public TradeCsvOptions withInstrument(InstrumentId id) {
        return new TradeCsvOptions(Optional.of(id), window, badRows);
    }

    public TradeCsvOptions withWindow(TimeWindow w) {
        return new TradeCsvOptions(instrument, w, badRows);
    }

    public TradeCsvOptions withBadRows(BadRowPolicy policy) {
        return new TradeCsvOptions(instrument, window, policy);
    }
}
