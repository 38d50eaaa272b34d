package dev.kairos.analytics.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kairos.model.InstrumentId;
import dev.kairos.model.order.Side;
import dev.kairos.model.portfolio.ClosedTrade;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TradeStatsTest {

    /** Trades of BTC-USD with the given PnLs and durations, one hour apart. */
    static List<ClosedTrade> trades(double[] pnl, int[] bars) {
        List<ClosedTrade> out = new ArrayList<>();
        for (int i = 0; i < pnl.length; i++) {
            long entry = i * 3_600_000L;
            out.add(new ClosedTrade(InstrumentId.of("BTC-USD"), i % 2 == 0 ? Side.BUY : Side.SELL, entry,
                    entry + bars[i] * 60_000L, 0.1, 40_000, 40_000 + pnl[i] * 10, pnl[i], 1.0, bars[i], "signal"));
        }
        return out;
    }

    @Test
    void handComputed() {
        TradeStats s = TradeStats.of(trades(
                new double[] {100, -50, -30, 0, -20, 60, -10},
                new int[] {2, 1, 3, 4, 2, 5, 1}));
        assertThat(s.trades()).isEqualTo(7);
        // wins: 100 and 60 -> 2 / 7
        assertThat(s.winRate()).isCloseTo(2.0 / 7, within(1e-15));
        // gross profit 100 + 60 = 160; gross loss 50 + 30 + 20 + 10 = 110; profit factor 160 / 110 = 1.4545...
        assertThat(s.grossProfit()).isEqualTo(160.0);
        assertThat(s.grossLoss()).isEqualTo(110.0);
        assertThat(s.profitFactor()).isCloseTo(160.0 / 110, within(1e-15));
        // expectancy (100 - 50 - 30 + 0 - 20 + 60 - 10) / 7 = 50 / 7 = 7.142857...
        assertThat(s.expectancy()).isCloseTo(50.0 / 7, within(1e-12));
        // bars (2 + 1 + 3 + 4 + 2 + 5 + 1) / 7 = 18 / 7
        assertThat(s.avgTradeBars()).isCloseTo(18.0 / 7, within(1e-15));
        // losing runs: {-50, -30} = 2, the break-even trade ends it, {-20} = 1, {-10} = 1
        assertThat(s.maxConsecutiveLosses()).isEqualTo(2);
    }

    @Test
    void noTradesIsAllZero() {
        TradeStats s = TradeStats.of(List.of());
        assertThat(s).isEqualTo(TradeStats.NONE);
        assertThat(s.trades()).isZero();
        assertThat(s.winRate()).isZero();
        assertThat(s.profitFactor()).isZero();
        assertThat(s.expectancy()).isZero();
        assertThat(s.avgTradeBars()).isZero();
        assertThat(s.maxConsecutiveLosses()).isZero();
    }

    @Test
    void onlyWinnersHaveAnUnboundedProfitFactorReportedAsNaN() {
        TradeStats s = TradeStats.of(trades(new double[] {10, 30}, new int[] {1, 3}));
        // 40 / 0 is unbounded: NaN, not infinity
        assertThat(s.profitFactor()).isNaN();
        assertThat(s.winRate()).isEqualTo(1.0);
        assertThat(s.expectancy()).isEqualTo(20.0);
        assertThat(s.avgTradeBars()).isEqualTo(2.0);
        assertThat(s.maxConsecutiveLosses()).isZero();
    }

    @Test
    void onlyLosersHaveZeroProfitFactor() {
        TradeStats s = TradeStats.of(trades(new double[] {-10, -30, -5}, new int[] {1, 1, 1}));
        // 0 / 45 = 0; three losses in a row
        assertThat(s.profitFactor()).isZero();
        assertThat(s.winRate()).isZero();
        assertThat(s.expectancy()).isEqualTo(-15.0);
        assertThat(s.maxConsecutiveLosses()).isEqualTo(3);
    }

    @Test
    void onlyBreakEvenTradesHaveZeroProfitFactor() {
        TradeStats s = TradeStats.of(trades(new double[] {0, 0}, new int[] {1, 2}));
        assertThat(s.profitFactor()).isZero();
        assertThat(s.winRate()).isZero();
        assertThat(s.maxConsecutiveLosses()).isZero();
    }

    @Test
    void rejectsInconsistentCounts() {
        assertThatThrownBy(() -> new TradeStats(2, 0, 0, 0, 0, 3, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TradeStats(-1, 0, 0, 0, 0, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
