package dev.kairos.engine.sizing;

import java.util.Locale;

/** Why a {@link SizingDecision} came out as it did: two outcomes with a size, the others explain a zero. */
public enum SizingReason {
    /** A size was computed and nothing capped it. */
    SIZED,
    /** A size was computed and cut to a cap (the policy's or the composition's maximum notional). */
    CAPPED,
    /** The price or the equity is unknown (NaN, infinite, price &lt;= 0), or a multiplier was not a number. */
    UNKNOWN_INPUT,
    /** The equity is zero or negative: nothing to risk. */
    NO_EQUITY,
    /** The stop distance is unknown (no ATR yet, or a zero ATR). */
    UNKNOWN_STOP,
    /** The realised volatility is unknown (not enough bars) or zero. */
    UNKNOWN_VOLATILITY,
    /** The signal's confidence is at or below the policy's floor. */
    LOW_CONFIDENCE,
    /** Kelly: fewer closed trades than the minimum, and no warm-up fraction. */
    TOO_FEW_TRADES,
    /** Kelly: the measured edge is zero or negative. */
    NO_EDGE,
    /** A multiplier was zero. */
    ZERO_MULTIPLIER,
    /** The size rounds down to less than one lot. */
    BELOW_LOT,
    /** The lot-aligned size is worth less than the instrument's minimum notional. */
    BELOW_MIN_NOTIONAL;

    /** True for the two outcomes that carry a size. */
    public boolean isSized() {
        return this == SIZED || this == CAPPED;
    }

    /** Lower-case snake name used in reports and JSON, e.g. {@code below_min_notional}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
