package dev.kairos.analytics.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PerformanceReportTest {

    @Test
    void gathersEquityAndTradeStatistics() {
        EquityStats equity = new EquityStats(100, EquityStats.MILLIS_PER_YEAR / 5);
        equity.add(125, true);
        equity.add(100, true);
        equity.add(80, false);
        equity.add(120, true);
        equity.add(150, false);
        TradeStats trades = TradeStats.of(TradeStatsTest.trades(new double[] {30, -10}, new int[] {4, 2}));

        PerformanceReport r = PerformanceReport.of(equity, trades);

        // the path of EquityStatsTest.handComputedPath
        assertThat(r.totalReturn()).isCloseTo(0.5, within(1e-12));
        assertThat(r.cagr()).isCloseTo(0.5, within(1e-12));
        assertThat(r.sharpe()).isCloseTo(0.12 / Math.sqrt(0.09575) * Math.sqrt(5), within(1e-12));
        assertThat(r.sortino()).isCloseTo(3 / Math.sqrt(2), within(1e-12));
        assertThat(r.calmar()).isCloseTo(0.5 / 0.36, within(1e-12));
        assertThat(r.maxDrawdown()).isCloseTo(0.36, within(1e-12));
        assertThat(r.maxDrawdownDurationBars()).isEqualTo(3);
        assertThat(r.exposure()).isCloseTo(0.6, within(1e-12));
        // trades +30 (4 bars) and -10 (2 bars): win rate 1/2, profit factor 30/10 = 3, expectancy 20/2 = 10,
        // average 6/2 = 3 bars, one loss
        assertThat(r.trades()).isEqualTo(2);
        assertThat(r.winRate()).isEqualTo(0.5);
        assertThat(r.profitFactor()).isEqualTo(3.0);
        assertThat(r.expectancy()).isEqualTo(10.0);
        assertThat(r.avgTradeBars()).isEqualTo(3.0);
        assertThat(r.maxConsecutiveLosses()).isEqualTo(1);
    }

    @Test
    void emptyRunIsAllZero() {
        PerformanceReport r = PerformanceReport.of(new EquityStats(1000, 60_000), TradeStats.NONE);
        assertThat(r).isEqualTo(new PerformanceReport(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }
}
