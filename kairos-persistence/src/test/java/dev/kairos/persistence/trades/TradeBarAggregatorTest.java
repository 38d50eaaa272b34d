package dev.kairos.persistence.trades;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.model.InstrumentId;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.market.Timeframe;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TradeBarAggregatorTest {
    private static final InstrumentId ID = InstrumentId.of("XRP-ETH");
    private static final long M = 60_000L;

    private static long at(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    private static TradeSeries trades() {
        long t = at("2019-10-11T00:00:00Z");
        return new TradeSeries.Builder(ID, 8)
                .add(t + 11_620, 5, 0.1)
                .add(t + 11_620, 7, 0.2)        // same millisecond
                .add(t + 30_000, 4, Double.NaN) // no amount: sets the low, adds no volume
                .add(t + 59_999, 6, 0.3)
                .add(t + 3 * M, 8, 1)           // minutes 1 and 2 have no trades
                .add(t + 3 * M + 1, 9, Double.NaN)
                .build();
    }

    @Test
    void ohlcFromFirstMaxMinLastAndVolumeAsExactDecimalSum() {
        TradeBars r = TradeBarAggregator.aggregate(trades(), Timeframe.ONE_MINUTE, GapFill.NONE);
        BarSeries s = r.bars().series();
        assertThat(s.timestamps()).as("no bar for minutes without trades")
                .containsExactly(at("2019-10-11T00:00:00Z"), at("2019-10-11T00:03:00Z"));
        assertThat(new double[] {s.open(0), s.high(0), s.low(0), s.close(0)}).containsExactly(5, 7, 4, 6);
        assertThat(r.bars().volume(0)).isEqualByComparingTo("0.6");
        assertThat(s.volume(0)).isEqualTo(0.6).isNotEqualTo(0.1 + 0.2 + 0.3);
        assertThat(new double[] {s.open(1), s.high(1), s.low(1), s.close(1), s.volume(1)})
                .containsExactly(8, 9, 8, 9, 1);
        assertThat(s.intervalMs()).isEqualTo(M);
        assertThat(r.trades()).isEqualTo(6);
        assertThat(r.withoutAmount()).isEqualTo(2);
        assertThat(r.barsWithTrades()).isEqualTo(2);
        assertThat(r.filledBars()).isZero();
        assertThat(r).hasToString("6 trades -> 2 1m bars with trades");
    }

    @Test
    void forwardFillAddsZeroVolumeBarsAtThePreviousCloseBetweenTrades() {
        TradeBars r = TradeBarAggregator.aggregate(trades(), Timeframe.ONE_MINUTE, GapFill.FORWARD_FILL);
        BarSeries s = r.bars().series();
        assertThat(s.size()).isEqualTo(4);
        for (int i = 1; i <= 2; i++) {
            assertThat(new double[] {s.open(i), s.high(i), s.low(i), s.close(i), s.volume(i)})
                    .containsExactly(6, 6, 6, 6, 0);
            assertThat(s.timestamp(i)).isEqualTo(at("2019-10-11T00:00:00Z") + i * M);
        }
        assertThat(r.filledBars()).isEqualTo(2);
        assertThat(r).hasToString("6 trades -> 2 1m bars with trades + 2 forward-filled");
    }

    @Test
    void bucketsAreOnTheUtcGrid() {
        TradeSeries t = new TradeSeries.Builder(ID, 4)
                .add(at("2024-03-09T23:59:59.999Z"), 1, 1)
                .add(at("2024-03-10T00:00:00Z"), 2, 1)
                .build();
        BarSeries days = TradeBarAggregator.aggregate(t, Timeframe.ONE_DAY, GapFill.NONE).bars().series();
        assertThat(days.timestamps()).containsExactly(at("2024-03-09T00:00:00Z"), at("2024-03-10T00:00:00Z"));
        BarSeries h4 = TradeBarAggregator.aggregate(t, Timeframe.FOUR_HOURS, GapFill.FORWARD_FILL).bars().series();
        assertThat(h4.timestamps()).containsExactly(at("2024-03-09T20:00:00Z"), at("2024-03-10T00:00:00Z"));
    }
}
