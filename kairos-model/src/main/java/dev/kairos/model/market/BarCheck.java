package dev.kairos.model.market;

import java.util.Optional;

/** The validity rules of one bar, shared by {@link Bar} and the data readers. */
public final class BarCheck {
    private BarCheck() {
    }

    /** Why the row is malformed, if it is. */
    public enum Defect {
        NOT_FINITE("NaN or infinite value"),
        NON_POSITIVE_PRICE("non-positive price"),
        HIGH_BELOW_LOW("high below low"),
        OHLC_OUTSIDE_RANGE("open or close outside [low, high]"),
        NEGATIVE_VOLUME("negative volume");

        private final String description;

        Defect(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** The first defect of the bar, or empty when it is valid. Allocation-free on valid bars. */
    public static Optional<Defect> defect(double open, double high, double low, double close, double volume) {
        Defect d = firstDefect(open, high, low, close, volume);
        return d == null ? Optional.empty() : Optional.of(d);
    }

    /**
     * The first defect, as a plain reference for hot loops; {@code null} only internally (callers in
     * other packages use {@link #defect} or {@link #isValid}).
     */
    static Defect firstDefect(double open, double high, double low, double close, double volume) {
        if (!Double.isFinite(open) || !Double.isFinite(high) || !Double.isFinite(low) || !Double.isFinite(close)
                || !Double.isFinite(volume)) {
            return Defect.NOT_FINITE;
        }
        if (open <= 0 || high <= 0 || low <= 0 || close <= 0) {
            return Defect.NON_POSITIVE_PRICE;
        }
        if (high < low) {
            return Defect.HIGH_BELOW_LOW;
        }
        if (open < low || open > high || close < low || close > high) {
            return Defect.OHLC_OUTSIDE_RANGE;
        }
        if (volume < 0) {
            return Defect.NEGATIVE_VOLUME;
        }
        return null;
    }

    /** Index of the first defect (its ordinal), or -1 when valid; allocation-free for ingest loops. */
    public static int defectOrdinal(double open, double high, double low, double close, double volume) {
        Defect d = firstDefect(open, high, low, close, volume);
        return d == null ? -1 : d.ordinal();
    }

    public static boolean isValid(double open, double high, double low, double close, double volume) {
        return firstDefect(open, high, low, close, volume) == null;
    }

    static String problem(double open, double high, double low, double close, double volume) {
        Defect d = firstDefect(open, high, low, close, volume);
        return d == null ? null : d.description() + " (o=" + open + " h=" + high + " l=" + low + " c=" + close
                + " v=" + volume + ")";
    }
}
