package dev.kairos.persistence.trades;

import dev.kairos.model.market.Timeframe;
import dev.kairos.persistence.candles.DecimalBars;
import java.util.Objects;

/**
 * Candles built from trades, and how they were built: {@code bars.size() == barsWithTrades + filledBars}.
 *
 * @param bars           the candles, with exact decimal volumes
 * @param timeframe      their timeframe
 * @param fill           what was done about buckets without trades
 * @param trades         trades folded in
 * @param withoutAmount  of those, trades without an amount (they set prices, add no volume)
 * @param barsWithTrades buckets with at least one trade
 * @param filledBars     zero-volume bars added by {@link GapFill#FORWARD_FILL}
 */
public record TradeBars(DecimalBars bars, Timeframe timeframe, GapFill fill, long trades, long withoutAmount,
                        long barsWithTrades, long filledBars) {
    public TradeBars {
        Objects.requireNonNull(bars, "bars");
        Objects.requireNonNull(timeframe, "timeframe");
        Objects.requireNonNull(fill, "fill");
        if (bars.size() != barsWithTrades + filledBars || withoutAmount > trades || (fill == GapFill.NONE
                && filledBars != 0)) {
            throw new IllegalArgumentException("candle counts do not add up: " + bars.size() + " bars, "
                    + barsWithTrades + " with trades, " + filledBars + " filled");
        }
    }

    /** {@code 12477 trades -> 2469 1m bars with trades + 1091 filled}. */
    @Override
    public String toString() {
        return trades + " trades -> " + barsWithTrades + " " + timeframe + " bars with trades"
                + (fill == GapFill.FORWARD_FILL ? " + " + filledBars + " forward-filled" : "");
    }
}
