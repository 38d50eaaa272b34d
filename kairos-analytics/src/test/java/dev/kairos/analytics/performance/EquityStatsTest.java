package dev.kairos.analytics.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kairos.analytics.testsupport.Allocation;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class EquityStatsTest {
    private static final Offset<Double> EPS = within(1e-12);
    /** An interval that makes exactly 5 bars a year: 365.25 days / 5. */
    private static final long FIFTH_OF_A_YEAR_MS = EquityStats.MILLIS_PER_YEAR / 5;
    private static final long DAY_MS = 86_400_000L;

    @Test
    void handComputedPath() {
        EquityStats s = new EquityStats(100, FIFTH_OF_A_YEAR_MS);
        s.add(125, true);
        s.add(100, true);
        s.add(80, false);
        s.add(120, true);
        s.add(150, false);

        assertThat(s.bars()).isEqualTo(5);
        assertThat(s.barsPerYear()).isEqualTo(5.0);
        assertThat(s.years()).isEqualTo(1.0);
        // returns: 125/100-1 = 0.25, 100/125-1 = -0.2, 80/100-1 = -0.2, 120/80-1 = 0.5, 150/120-1 = 0.25
        // mean = (0.25 - 0.2 - 0.2 + 0.5 + 0.25) / 5 = 0.6 / 5 = 0.12
        assertThat(s.meanReturn()).isCloseTo(0.12, EPS);
        // deviations 0.13, -0.32, -0.32, 0.38, 0.13; squares 0.0169 + 0.1024 + 0.1024 + 0.1444 + 0.0169 = 0.383
        // sample variance = 0.383 / 4 = 0.09575
        assertThat(s.returnStdev()).isCloseTo(Math.sqrt(0.09575), EPS);
        // sharpe = 0.12 / sqrt(0.09575) * sqrt(5) = 0.12 / 0.309435 * 2.236068 = 0.867155...
        assertThat(s.sharpe()).isCloseTo(0.12 / Math.sqrt(0.09575) * Math.sqrt(5), EPS);
        assertThat(s.sharpe()).isCloseTo(0.867155, within(1e-6));
        // downside: (0 + 0.04 + 0.04 + 0 + 0) / 5 = 0.016 -> sqrt(0.016) = 0.126491...
        assertThat(s.downsideDeviation()).isCloseTo(Math.sqrt(0.016), EPS);
        // sortino = 0.12 / sqrt(0.016) * sqrt(5) = 3 / sqrt(2) = 2.121320...
        assertThat(s.sortino()).isCloseTo(3 / Math.sqrt(2), EPS);
        // total return = 150 / 100 - 1 = 0.5; one year, so cagr = 1.5^1 - 1 = 0.5
        assertThat(s.totalReturn()).isCloseTo(0.5, EPS);
        assertThat(s.cagr()).isCloseTo(0.5, EPS);
        // peak 125 at bar 1; trough 80 at bar 3: (125 - 80) / 125 = 0.36
        assertThat(s.maxDrawdown()).isCloseTo(0.36, EPS);
        // calmar = 0.5 / 0.36 = 1.3888...
        assertThat(s.calmar()).isCloseTo(0.5 / 0.36, EPS);
        // bars 2, 3, 4 (100, 80, 120) are below the peak 125; bar 5 (150) is a new peak
        assertThat(s.maxDrawdownDurationBars()).isEqualTo(3);
        // in market on bars 1, 2, 4: 3 / 5
        assertThat(s.exposure()).isCloseTo(0.6, EPS);
        assertThat(s.finalEquity()).isEqualTo(150.0);
    }

    @Test
    void initialEquityIsAPeakAndRecoveringToThePeakEndsTheRun() {
        EquityStats s = new EquityStats(100, DAY_MS);
        for (double e : new double[] {90, 95, 100, 98}) {
            s.add(e, false);
        }
        // (100 - 90) / 100 = 0.1 below the initial peak; runs: {90, 95} = 2, then 100 ends it, {98} = 1
        assertThat(s.maxDrawdown()).isCloseTo(0.1, EPS);
        assertThat(s.maxDrawdownDurationBars()).isEqualTo(2);
        assertThat(s.exposure()).isZero();
    }

    @Test
    void drawdownStillOpenAtTheEndCounts() {
        EquityStats s = new EquityStats(100, DAY_MS);
        for (double e : new double[] {105, 95, 96, 97}) {
            s.add(e, true);
        }
        // peak 105; (105 - 95) / 105 = 0.095238...; bars 95, 96, 97 below it until the end: 3
        assertThat(s.maxDrawdown()).isCloseTo(10.0 / 105, EPS);
        assertThat(s.maxDrawdownDurationBars()).isEqualTo(3);
        assertThat(s.exposure()).isEqualTo(1.0);
    }

    @Test
    void cagrAnnualisesOver365Point25Days() {
        // 12h bars: 730.5 bars a year, so 1461 bars are exactly 2 years; 4x in 2 years is 2x a year: cagr 1.0
        EquityStats s = new EquityStats(1000, DAY_MS / 2);
        for (int i = 1; i <= 1461; i++) {
            s.add(1000 * Math.pow(4, i / 1461.0), true);
        }
        assertThat(s.years()).isCloseTo(2.0, EPS);
        assertThat(s.totalReturn()).isCloseTo(3.0, within(1e-9));
        assertThat(s.cagr()).isCloseTo(1.0, within(1e-9));
        assertThat(s.maxDrawdown()).isZero();
        assertThat(s.calmar()).isZero();
        assertThat(s.sortino()).isZero();
    }

    @Test
    void noBarsIsAllZero() {
        EquityStats s = new EquityStats(100, DAY_MS);
        assertThat(s.bars()).isZero();
        assertThat(s.finalEquity()).isEqualTo(100.0);
        assertThat(s.totalReturn()).isZero();
        assertThat(s.cagr()).isZero();
        assertThat(s.sharpe()).isZero();
        assertThat(s.sortino()).isZero();
        assertThat(s.calmar()).isZero();
        assertThat(s.maxDrawdown()).isZero();
        assertThat(s.maxDrawdownDurationBars()).isZero();
        assertThat(s.exposure()).isZero();
    }

    @Test
    void oneReturnHasNoSharpeButMayHaveASortino() {
        EquityStats up = new EquityStats(100, FIFTH_OF_A_YEAR_MS);
        up.add(110, true);
        // total 0.1; a single return has no sample stdev -> sharpe 0; no negative return -> sortino 0
        assertThat(up.totalReturn()).isCloseTo(0.1, EPS);
        assertThat(up.sharpe()).isZero();
        assertThat(up.sortino()).isZero();

        EquityStats down = new EquityStats(100, FIFTH_OF_A_YEAR_MS);
        down.add(90, true);
        // r = -0.1; downside deviation sqrt(0.01 / 1) = 0.1; sortino = -0.1 / 0.1 * sqrt(5) = -sqrt(5)
        assertThat(down.sharpe()).isZero();
        assertThat(down.sortino()).isCloseTo(-Math.sqrt(5), EPS);
        assertThat(down.maxDrawdown()).isCloseTo(0.1, EPS);
        assertThat(down.maxDrawdownDurationBars()).isEqualTo(1);
    }

    @Test
    void flatEquityHasZeroRatios() {
        EquityStats s = new EquityStats(100, DAY_MS);
        for (int i = 0; i < 10; i++) {
            s.add(100, i % 2 == 0);
        }
        // every return is 0: stdev 0 -> sharpe 0, no downside -> sortino 0, no drawdown -> calmar 0
        assertThat(s.returnStdev()).isZero();
        assertThat(s.sharpe()).isZero();
        assertThat(s.sortino()).isZero();
        assertThat(s.calmar()).isZero();
        assertThat(s.maxDrawdownDurationBars()).isZero();
        assertThat(s.exposure()).isEqualTo(0.5);
    }

    @Test
    void onlyGainsHaveNoSortino() {
        EquityStats s = new EquityStats(100, FIFTH_OF_A_YEAR_MS);
        s.add(110, true);
        s.add(132, true);
        // returns 0.1 and 0.2: mean 0.15, sample stdev sqrt((0.05^2 + 0.05^2) / 1) = sqrt(0.005)
        assertThat(s.sharpe()).isCloseTo(0.15 / Math.sqrt(0.005) * Math.sqrt(5), within(1e-9));
        assertThat(s.sortino()).isZero();
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> new EquityStats(0, DAY_MS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("initial equity must be positive and finite, got 0.0");
        assertThatThrownBy(() -> new EquityStats(Double.NaN, DAY_MS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EquityStats(Double.POSITIVE_INFINITY, DAY_MS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EquityStats(100, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bar interval must be positive, got 0 ms");
        EquityStats s = new EquityStats(100, DAY_MS);
        s.add(101, true);
        assertThatThrownBy(() -> s.add(Double.NaN, true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("equity must be finite, got NaN at bar 2");
        assertThatThrownBy(() -> s.add(Double.POSITIVE_INFINITY, true)).isInstanceOf(IllegalArgumentException.class);
        assertThat(s.bars()).as("rejected bars are not counted").isEqualTo(1);
    }

    @Test
    void aWipedOutAccountLosesEverythingAndEarnsNothingAfter() {
        // 100 -> 50 (r = -0.5) -> -10 (r = -10/50 - 1 = -1.2) -> -10 (r = 0: no return on nothing)
        EquityStats s = new EquityStats(100, DAY_MS);
        s.add(50, true);
        s.add(-10, true);
        s.add(-10, false);
        assertThat(s.totalReturn()).isCloseTo(-1.1, within(1e-12));
        assertThat(s.meanReturn()).isCloseTo((-0.5 - 1.2 + 0.0) / 3, within(1e-12));
        assertThat(s.maxDrawdown()).isCloseTo(1.1, within(1e-12));
        assertThat(s.cagr()).isEqualTo(-1.0);
    }

    @Test
    void addDoesNotAllocate() {
        EquityStats warm = new EquityStats(100, DAY_MS);
        for (int i = 0; i < 100_000; i++) {
            warm.add(100 + (i % 7), (i & 1) == 0);
        }
        EquityStats s = new EquityStats(100, DAY_MS);
        long bytes = Allocation.bytesAllocatedBy(() -> {
            for (int i = 0; i < 1_000_000; i++) {
                s.add(100 + (i % 7), (i & 1) == 0);
            }
        });
        // a single 16-byte object per call would be 16 MB
        assertThat(bytes).as("bytes allocated by 1,000,000 add calls").isLessThan(64 * 1024);
        assertThat(s.bars()).isEqualTo(1_000_000);
    }
}
