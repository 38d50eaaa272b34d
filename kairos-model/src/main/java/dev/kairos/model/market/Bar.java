package dev.kairos.model.market;

/**
 * One OHLCV bar. Validates the bar invariants; the hot path reads {@link BarSeries} columns instead of
 * allocating bars.
 *
 * @param timestamp bar open time, epoch ms UTC
 */
public record Bar(long timestamp, double open, double high, double low, double close, double volume) {
    public Bar {
        String problem = BarCheck.problem(open, high, low, close, volume);
        if (problem != null) {
            throw new IllegalArgumentException("bar at " + timestamp + ": " + problem);
        }
    }
}
