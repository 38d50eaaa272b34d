package dev.kairos.persistence.csv;

import dev.kairos.model.InstrumentId;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read a bar file.
 *
 * @param instrument the instrument of the bars; when empty it is taken from the file name
 *                   ({@link BarCsvReader#instrumentFromFileName(String)})
 * @param window     the bar open times to keep; valid rows outside it are counted as skipped
 * @param badRows    what to do with malformed rows
 */
public record BarCsvOptions(Optional<InstrumentId> instrument, TimeWindow window, BadRowPolicy badRows) {
    /** Instrument from the file name, every timestamp, skip malformed rows. */
    public static final BarCsvOptions DEFAULTS = new BarCsvOptions(Optional.empty(), TimeWindow.ALL, BadRowPolicy.SKIP);

    public BarCsvOptions {
        Objects.requireNonNull(instrument, "instrument (use Optional.empty())");
        Objects.requireNonNull(window, "window (use TimeWindow.ALL)");
        Objects.requireNonNull(badRows, "badRows");
    }

    public BarCsvOptions withInstrument(InstrumentId id) {
        return new BarCsvOptions(Optional.of(id), window, badRows);
    }

    public BarCsvOptions withWindow(TimeWindow w) {
        return new BarCsvOptions(instrument, w, badRows);
    }

    public BarCsvOptions withBadRows(BadRowPolicy policy) {
        return new BarCsvOptions(instrument, window, policy);
    }
}
