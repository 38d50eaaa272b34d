package dev.kairos.model.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kairos.model.InstrumentId;
import dev.kairos.model.order.Side;
import org.junit.jupiter.api.Test;

/** Netted position, average-cost accounting, on hand-computed cases. */
class PositionTest {
    private static final InstrumentId BTC = InstrumentId.of("BTC-USD");

    @Test
    void addingMovesTheAveragePriceAndRealisesNothing() {
        Position p = new Position(BTC);
        assertThat(p.isFlat()).isTrue();
        assertThat(p.apply(Side.BUY, 2, 100, 1_000)).isZero();
        assertThat(p.apply(Side.BUY, 1, 106, 2_000)).isZero();
        // (2 × 100 + 1 × 106) / 3 = 306 / 3 = 102
        assertThat(p.quantity()).isEqualTo(3.0);
        assertThat(p.averagePrice()).isCloseTo(102.0, within(1e-12));
        assertThat(p.openedAt()).isEqualTo(1_000);
        assertThat(p.isLong()).isTrue();
        assertThat(p.isShort()).isFalse();
        assertThat(p.realizedPnl()).isZero();
        // 3 × (110 − 102) = 24
        assertThat(p.unrealizedPnl(110)).isCloseTo(24.0, within(1e-12));
        assertThat(p.notional(110)).isCloseTo(330.0, within(1e-12));
    }

    @Test
    void reducingRealisesAgainstTheAverageAndKeepsIt() {
        Position p = new Position(BTC);
        p.apply(Side.BUY, 2, 100, 1_000);
        p.apply(Side.BUY, 1, 106, 2_000);
        // sell 1 @ 108: 1 × (108 − 102) = +6
        assertThat(p.apply(Side.SELL, 1, 108, 3_000)).isCloseTo(6.0, within(1e-12));
        assertThat(p.quantity()).isEqualTo(2.0);
        assertThat(p.averagePrice()).isCloseTo(102.0, within(1e-12));
        assertThat(p.openedAt()).isEqualTo(1_000);
        // close 2 @ 99: 2 × (99 − 102) = −6; total 0
        assertThat(p.apply(Side.SELL, 2, 99, 4_000)).isCloseTo(-6.0, within(1e-12));
        assertThat(p.isFlat()).isTrue();
        assertThat(p.quantity()).isZero();
        assertThat(p.averagePrice()).isZero();
        assertThat(p.unrealizedPnl(500)).isZero();
        assertThat(p.realizedPnl()).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void shortPositionsRealiseWithTheSignFlipped() {
        Position p = new Position(BTC);
        p.apply(Side.SELL, 1, 50, 10);
        p.apply(Side.SELL, 3, 54, 20);
        // (50 + 3 × 54) / 4 = 212 / 4 = 53
        assertThat(p.quantity()).isEqualTo(-4.0);
        assertThat(p.averagePrice()).isCloseTo(53.0, within(1e-12));
        assertThat(p.isShort()).isTrue();
        // −4 × (55 − 53) = −8
        assertThat(p.unrealizedPnl(55)).isCloseTo(-8.0, within(1e-12));
        // buy 4 @ 51 closes: 4 × (53 − 51) = +8
        assertThat(p.apply(Side.BUY, 4, 51, 30)).isCloseTo(8.0, within(1e-12));
        assertThat(p.isFlat()).isTrue();
        assertThat(p.realizedPnl()).isCloseTo(8.0, within(1e-12));
    }

    @Test
    void aFillThroughZeroClosesAndReopensAtTheFillPrice() {
        Position p = new Position(BTC);
        p.apply(Side.BUY, 2, 100, 1);
        // sell 5 @ 90: closes 2 → 2 × (90 − 100) = −20, opens a 3 short at 90
        assertThat(p.apply(Side.SELL, 5, 90, 9)).isCloseTo(-20.0, within(1e-12));
        assertThat(p.quantity()).isEqualTo(-3.0);
        assertThat(p.averagePrice()).isEqualTo(90.0);
        assertThat(p.openedAt()).isEqualTo(9);
        // buy 1 @ 80 reduces the short: 1 × (90 − 80) = +10
        assertThat(p.apply(Side.BUY, 1, 80, 12)).isCloseTo(10.0, within(1e-12));
        assertThat(p.quantity()).isEqualTo(-2.0);
        assertThat(p.averagePrice()).isEqualTo(90.0);
        // buy 6 @ 85 reverses again: 2 × (90 − 85) = +10, long 4 @ 85
        assertThat(p.apply(Side.BUY, 6, 85, 15)).isCloseTo(10.0, within(1e-12));
        assertThat(p.quantity()).isEqualTo(4.0);
        assertThat(p.averagePrice()).isEqualTo(85.0);
        assertThat(p.openedAt()).isEqualTo(15);
        assertThat(p.realizedPnl()).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void closingASumOfLotsLandsExactlyFlat() {
        Position p = new Position(BTC);
        p.apply(Side.BUY, 0.1, 10, 1);
        p.apply(Side.BUY, 0.2, 10, 2); // 0.1 + 0.2 = 0.30000000000000004 in binary
        p.apply(Side.SELL, 0.3, 11, 3);
        assertThat(p.isFlat()).isTrue();
        assertThat(p.quantity()).isEqualTo(0.0);
        assertThat(p.averagePrice()).isEqualTo(0.0);
        assertThat(p.realizedPnl()).isCloseTo(0.3, within(1e-12));
    }

    @Test
    void snapshotCopiesTheState() {
        Position p = new Position(BTC);
        p.apply(Side.BUY, 2, 100, 1);
        p.apply(Side.SELL, 1, 104, 2);
        PositionSnapshot s = p.snapshot(103);
        assertThat(s).isEqualTo(new PositionSnapshot(BTC, 1.0, 100.0, 4.0, 3.0, 103.0));
    }

    @Test
    void rejectsNonPositiveQuantityOrPrice() {
        Position p = new Position(BTC);
        assertThatThrownBy(() -> p.apply(Side.BUY, 0, 100, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BTC-USD");
        assertThatThrownBy(() -> p.apply(Side.BUY, 1, -1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.apply(Side.SELL, Double.NaN, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(p.isFlat()).isTrue();
    }
}
