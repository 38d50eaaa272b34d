package dev.kairos.app.report;

import java.util.List;
import java.util.Objects;

/**
 * Everything the backtest report shows, independent of the engine's result types.
 *
 * @param title    page title, e.g. {@code "SMA cross, BTC-USD 4h"}
 * @param runId    the run's identifier as recorded in the journal
 * @param metrics  metrics table rows, in display order
 * @param equity   account equity by time, quote currency
 * @param drawdown drawdown from the running equity peak by time, as a fraction {@code >= 0}
 *                 (0.25 = 25 % below the peak)
 * @param prices   one price chart per instrument, in display order
 * @param trades   closed trades, in display order (usually by exit time)
 * @param notes    free-text remarks shown under the header, e.g. data caveats
 */
public record ReportInput(String title, String runId, List<Metric> metrics, TimeSeries equity, TimeSeries drawdown,
                          List<PricePanel> prices, List<TradeRow> trades, List<String> notes) {
    /** Validates the fields and copies the lists. */
    public ReportInput {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("report title must not be blank");
        }
        if (runId == null) {
            throw new IllegalArgumentException("report run id must not be null");
        }
        if (equity == null || drawdown == null) {
            throw new IllegalArgumentException("report equity and drawdown must not be null");
        }
        for (int i = 0; i < drawdown.size(); i++) {
            if (drawdown.valueAt(i) < 0.0) {
                throw new IllegalArgumentException(
                        "drawdown is a fraction >= 0, got " + drawdown.valueAt(i) + " at index " + i);
            }
        }
        metrics = copyOf(metrics, "metrics");
        prices = copyOf(prices, "prices");
        trades = copyOf(trades, "trades");
        notes = copyOf(notes, "notes");
    }

    private static <T> List<T> copyOf(List<T> list, String name) {
        if (list == null || list.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("report " + name + " must not be null or contain null");
        }
        return List.copyOf(list);
    }
}
