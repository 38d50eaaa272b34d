package dev.kairos.model.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kairos.model.InstrumentId;
import dev.kairos.model.order.Side;
import org.junit.jupiter.api.Test;

class AccountTest {

    @Test
    void cashMovesByRealisedPnlFeesAndFunding() {
        Account a = new Account(1_000);
        a.onRealized(50);
        a.onFee(2.5);
        a.onFee(-0.5); // maker rebate
        a.onFunding(1.25);
        a.onFunding(-0.25); // funding received
        assertThat(a.initialCash()).isEqualTo(1_000);
        assertThat(a.realizedPnl()).isEqualTo(50);
        assertThat(a.feesPaid()).isEqualTo(2.0);
        assertThat(a.fundingPaid()).isEqualTo(1.0);
        // 1000 + 50 − 2 − 1 = 1047
        assertThat(a.cash()).isCloseTo(1_047, within(1e-12));
        assertThat(a.equity(-7)).isCloseTo(1_040, within(1e-12));
        // the identity: equity − initial = realized + unrealized − fees − funding
        double unrealized = -7;
        assertThat(a.equity(unrealized) - a.initialCash())
                .isCloseTo(a.realizedPnl() + unrealized - a.feesPaid() - a.fundingPaid(), within(1e-12));
    }

    @Test
    void initialCapitalMustBePositiveAndFinite() {
        assertThatThrownBy(() -> new Account(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Account(-5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Account(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Account(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void closedTradeValidatesAndScoresWins() {
        InstrumentId id = InstrumentId.of("ETH-USD");
        ClosedTrade win = new ClosedTrade(id, Side.BUY, 10, 20, 1, 100, 110, 9.5, 0.5, 1, "signal");
        assertThat(win.isWin()).isTrue();
        assertThat(new ClosedTrade(id, Side.SELL, 10, 10, 1, 100, 100, -0.2, 0.2, 0, "stop").isWin()).isFalse();
        assertThatThrownBy(() -> new ClosedTrade(id, Side.BUY, 20, 10, 1, 100, 110, 1, 0, 1, "signal"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClosedTrade(id, Side.BUY, 10, 20, 1, 100, 110, 1, 0, 1, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
