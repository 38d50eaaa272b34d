package dev.kairos.analytics.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kairos.model.InstrumentId;
import dev.kairos.model.order.Side;
import dev.kairos.model.portfolio.ClosedTrade;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegimeBreakdownTest {
    private static final long DAY = 86_400_000L;
    private static final InstrumentId BTC = InstrumentId.of("BTC-USD");

    private static ClosedTrade trade(double pnl) {
        return new ClosedTrade(BTC, Side.BUY, 0, DAY, 1, 100, 100 + pnl, pnl, 0, 1, "signal");
    }

    @Test
    void splitsBarsReturnsAndTradesByRegimeByHand() {
        // returns: bar0 +10% (unknown), bar1 -10% (bull), bar2 +20% (bull), bar3 +5% (quiet)
        double[] equity = {110, 99, 118.8, 124.74};
        int[] regime = {-1, 0, 0, 3};
        List<ClosedTrade> trades = List.of(trade(5), trade(-2), trade(1));
        int[] tradeRegime = {0, 0, 3};

        List<RegimeBreakdown.Row> rows = RegimeBreakdown.of(100, equity, regime, DAY, trades, tradeRegime);

        assertThat(rows).extracting(RegimeBreakdown.Row::regime)
                .containsExactly("bull_trend", "bear_trend", "volatile_range", "quiet_range", "unknown");
        RegimeBreakdown.Row bull = rows.get(0);
        assertThat(bull.bars()).isEqualTo(2);
        assertThat(bull.totalReturn()).isCloseTo(0.9 * 1.2 - 1, within(1e-12));
        // mean 0.05, sample stdev of {-0.1, 0.2} = sqrt(0.045)
        assertThat(bull.sharpe()).isCloseTo(0.05 / Math.sqrt(0.045) * Math.sqrt(365.25), within(1e-9));
        assertThat(bull.trades()).isEqualTo(2);
        assertThat(bull.winRate()).isEqualTo(0.5);

        RegimeBreakdown.Row bear = rows.get(1);
        assertThat(bear.bars()).isZero();
        assertThat(bear.totalReturn()).isZero();
        assertThat(bear.sharpe()).isZero();
        assertThat(bear.winRate()).isZero();

        RegimeBreakdown.Row quiet = rows.get(3);
        assertThat(quiet.bars()).isEqualTo(1);
        assertThat(quiet.totalReturn()).isCloseTo(0.05, within(1e-12));
        assertThat(quiet.sharpe()).as("one bar has no deviation").isZero();
        assertThat(quiet.winRate()).isEqualTo(1.0);

        RegimeBreakdown.Row unknown = rows.get(4);
        assertThat(unknown.bars()).isEqualTo(1);
        assertThat(unknown.totalReturn()).isCloseTo(0.10, within(1e-12));
    }

    @Test
    void theRegimesReturnsCompoundToTheWholeRunsReturn() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int run = 0; run < 50; run++) {
            int n = 1 + random.nextInt(300);
            double[] equity = new double[n];
            int[] regime = new int[n];
            double e = 1000;
            for (int i = 0; i < n; i++) {
                e *= 1 + (random.nextDouble() - 0.5) * 0.1;
                equity[i] = e;
                regime[i] = random.nextInt(5) - 1;
            }
            List<RegimeBreakdown.Row> rows = RegimeBreakdown.of(1000, equity, regime, DAY, List.of(), new int[0]);
            double product = 1;
            long bars = 0;
            for (RegimeBreakdown.Row r : rows) {
                product *= 1 + r.totalReturn();
                bars += r.bars();
            }
            assertThat(bars).isEqualTo(n);
            assertThat(product).isCloseTo(e / 1000, within(1e-9 * e / 1000));
        }
    }

    @Test
    void withNoUnknownBarsOrTradesThereIsNoUnknownRow() {
        List<RegimeBreakdown.Row> rows = RegimeBreakdown.of(100, new double[] {101}, new int[] {2}, DAY, List.of(),
                new int[0]);
        assertThat(rows).hasSize(4);
    }

    @Test
    void mismatchedLengthsAndBadOrdinalsAreClearErrors() {
        assertThatThrownBy(() -> RegimeBreakdown.of(100, new double[2], new int[1], DAY, List.of(), new int[0]))
                .hasMessageContaining("one regime per equity bar");
        assertThatThrownBy(() -> RegimeBreakdown.of(100, new double[] {1}, new int[] {7}, DAY, List.of(),
                new int[0])).hasMessageContaining("got 7");
        assertThatThrownBy(() -> RegimeBreakdown.of(100, new double[0], new int[0], DAY, List.of(trade(1)),
                new int[0])).hasMessageContaining("one regime per trade");
    }
}
