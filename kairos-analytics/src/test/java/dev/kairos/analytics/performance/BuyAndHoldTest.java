package dev.kairos.analytics.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kairos.model.InstrumentId;
import dev.kairos.model.market.BarSeries;
import org.junit.jupiter.api.Test;

class BuyAndHoldTest {

    @Test
    void lastCloseOverFirstOpen() {
        BarSeries bars = new BarSeries.Builder(InstrumentId.of("BTC-USD"), 3)
                .add(0L, 80, 101, 79, 100, 1)
                .add(60_000L, 100, 130, 90, 95, 1)
                .add(120_000L, 95, 125, 95, 120, 1)
                .build();
        // buy at the first open 80, sell at the last close 120: 120 / 80 - 1 = 0.5 (not 120 / 100 - 1)
        assertThat(BuyAndHold.totalReturn(bars)).isCloseTo(0.5, within(1e-15));
        assertThat(BuyAndHold.totalReturn(200, 150)).isCloseTo(-0.25, within(1e-15));
    }

    @Test
    void emptySeriesIsZero() {
        assertThat(BuyAndHold.totalReturn(new BarSeries.Builder(InstrumentId.of("ETH-USD"), 0).build())).isZero();
    }

    @Test
    void rejectsBadPrices() {
        assertThatThrownBy(() -> BuyAndHold.totalReturn(0, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("first open must be positive and finite, got 0.0");
        assertThatThrownBy(() -> BuyAndHold.totalReturn(10, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
