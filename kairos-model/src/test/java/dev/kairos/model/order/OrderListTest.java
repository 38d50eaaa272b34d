package dev.kairos.model.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kairos.model.ClientOrderId;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.StrategyId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a valid OCO and bracket are, and the trailing stop's arithmetic. */
class OrderListTest {
    private static final InstrumentId BTC = InstrumentId.of("BTC-USD");
    private static final StrategyId S = new StrategyId("s");

    private static Order order(int n, InstrumentId ins, Side side, double qty, OrderSpec spec, boolean reduceOnly) {
        return new Order(ClientOrderId.sequence(n), ins, S, side, qty, spec, TimeInForce.GTC, reduceOnly, 0L);
    }

    private static Order entry() {
        return order(1, BTC, Side.BUY, 1.0, new OrderSpec.Market(), false);
    }

    private static Order stop(double qty) {
        return order(2, BTC, Side.SELL, qty, new OrderSpec.StopMarket(95), true);
    }

    private static Order tp(int n, double qty, double price) {
        return order(n, BTC, Side.SELL, qty, new OrderSpec.Limit(price, false), true);
    }

    @Test
    void aValidBracketListsItsOrdersInSubmissionOrder() {
        OrderList.Bracket b = new OrderList.Bracket(entry(), stop(1.0), List.of(tp(3, 0.4, 105), tp(4, 0.6, 110)));
        assertThat(b.orders()).extracting(Order::id).containsExactly(ClientOrderId.sequence(1),
                ClientOrderId.sequence(2), ClientOrderId.sequence(3), ClientOrderId.sequence(4));
    }

    @Test
    void aBracketRefusesExitsThatDoNotFitTheEntry() {
        assertThatThrownBy(() -> new OrderList.Bracket(entry(), stop(0.5), List.of(tp(3, 1.0, 105))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must cover the entry's quantity");
        assertThatThrownBy(() -> new OrderList.Bracket(entry(), stop(1.0), List.of(tp(3, 0.4, 105), tp(4, 0.5, 110))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("add up to 0.9");
        assertThatThrownBy(() -> new OrderList.Bracket(entry(), stop(1.0), List.of())).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("at least one take-profit");
        Order notReduceOnly = order(3, BTC, Side.SELL, 1.0, new OrderSpec.Limit(105, false), false);
        assertThatThrownBy(() -> new OrderList.Bracket(entry(), stop(1.0), List.of(notReduceOnly)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reduce-only SELL");
        Order sameSide = order(3, BTC, Side.BUY, 1.0, new OrderSpec.Limit(105, false), true);
        assertThatThrownBy(() -> new OrderList.Bracket(entry(), stop(1.0), List.of(sameSide)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reduce-only SELL");
        Order limitAsStop = order(2, BTC, Side.SELL, 1.0, new OrderSpec.Limit(95, false), true);
        assertThatThrownBy(() -> new OrderList.Bracket(entry(), limitAsStop, List.of(tp(3, 1.0, 105))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be a stop order");
        Order marketTarget = order(3, BTC, Side.SELL, 1.0, new OrderSpec.Market(), true);
        assertThatThrownBy(() -> new OrderList.Bracket(entry(), stop(1.0), List.of(marketTarget)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be a limit order");
    }

    @Test
    void listsNeedOneInstrumentAndDistinctIds() {
        Order eth = order(5, InstrumentId.of("ETH-USD"), Side.SELL, 1.0, new OrderSpec.StopMarket(95), true);
        assertThatThrownBy(() -> new OrderList.Oco(tp(3, 1.0, 105), eth)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("share an instrument");
        assertThatThrownBy(() -> new OrderList.Oco(tp(3, 1.0, 105), tp(3, 1.0, 106)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("appears twice");
    }

    @Test
    void aTrailingStopSitsItsDistanceBehindTheReference() {
        assertThat(new OrderSpec.TrailingStop(5, false).stopFor(Side.SELL, 100)).isEqualTo(95.0);
        assertThat(new OrderSpec.TrailingStop(5, false).stopFor(Side.BUY, 100)).isEqualTo(105.0);
        assertThat(new OrderSpec.TrailingStop(2, true).stopFor(Side.SELL, 150)).isEqualTo(147.0);
        assertThat(new OrderSpec.TrailingStop(2, true).stopFor(Side.BUY, 150)).isEqualTo(153.0);
        assertThatThrownBy(() -> new OrderSpec.TrailingStop(0, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> new OrderSpec.TrailingStop(100, true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("below 100");
        assertThat(order(9, BTC, Side.SELL, 1, new OrderSpec.TrailingStop(1, true), true).isTaker()).isTrue();
    }
}
