package dev.kairos.persistence.trades;

import dev.kairos.model.market.BarSeries;
import dev.kairos.model.market.Timeframe;
import dev.kairos.persistence.candles.DecimalBars;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds OHLCV candles from trades. Each trade goes to the bucket
 * {@link Timeframe#bucketStart(long) timeframe.bucketStart(timestamp)}; the candle of a bucket has the
 * first trade's price as open, the highest and lowest prices, the last trade's price as close (file order
 * among trades of the same millisecond), and as volume the exact decimal sum of the amounts, each read as
 * the shortest decimal of its double (the file's text, for files printed that way). Trades without an
 * amount set prices and add no volume. Buckets without trades have no candle unless
 * {@link GapFill#FORWARD_FILL} is asked for.
 *
 * <p>Stateless; O(n) with one decimal per trade that has an amount.
 */
public final class TradeBarAggregator {
    private TradeBarAggregator() {
    }

    public static TradeBars aggregate(TradeSeries trades, Timeframe timeframe, GapFill fill) {
        int n = trades.size();
        BarSeries.Builder out = new BarSeries.Builder(trades.instrument(), Math.max(16, n / 4));
        List<BigDecimal> volumes = new ArrayList<>();
        long withTrades = 0;
        long filled = 0;
        long withoutAmount = 0;
        long step = timeframe.millis();
        double previousClose = Double.NaN;
        long previousStart = Long.MIN_VALUE;
        int i = 0;
        while (i < n) {
            long start = timeframe.bucketStart(trades.timestamp(i));
            if (fill == GapFill.FORWARD_FILL && previousStart != Long.MIN_VALUE) {
                for (long t = previousStart + step; t < start; t += step) {
                    out.add(t, previousClose, previousClose, previousClose, previousClose, 0);
                    volumes.add(BigDecimal.ZERO);
                    filled++;
                }
            }
            double open = trades.price(i);
            double high = open;
            double low = open;
            double close = open;
            BigDecimal volume = BigDecimal.ZERO;
            int j = i;
            for (; j < n && timeframe.bucketStart(trades.timestamp(j)) == start; j++) {
                double p = trades.price(j);
                high = Math.max(high, p);
                low = Math.min(low, p);
                close = p;
                double a = trades.amount(j);
                if (Double.isNaN(a)) {
                    withoutAmount++;
                } else {
                    volume = volume.add(BigDecimal.valueOf(a));
                }
            }
            out.add(start, open, high, low, close, volume.doubleValue());
            volumes.add(volume);
            withTrades++;
            previousClose = close;
            previousStart = start;
            i = j;
        }
        return new TradeBars(new DecimalBars(out.build(step), volumes), timeframe, fill, n, withoutAmount, withTrades,
                filled);
    }
}
