package dev.kairos.app.report;

/**
 * A stretch of a price chart shaded by the market regime in force.
 *
 * @param from   start, epoch ms UTC (the bar close at which the regime was published)
 * @param to     end, epoch ms UTC, at or after {@code from}
 * @param regime the regime's key, e.g. {@code bull_trend}
 */
public record RegimeBand(long from, long to, String regime) {
    /** Validates the fields. */
    public RegimeBand {
        if (to < from) {
            throw new IllegalArgumentException("regime band ends before it starts: " + from + " > " + to);
        }
        if (regime == null || regime.isBlank()) {
            throw new IllegalArgumentException("regime band needs a regime");
        }
    }
}
