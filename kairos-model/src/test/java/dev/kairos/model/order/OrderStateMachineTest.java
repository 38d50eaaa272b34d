package dev.kairos.model.order;

import static dev.kairos.model.order.OrderEventType.ACCEPT;
import static dev.kairos.model.order.OrderEventType.CANCEL;
import static dev.kairos.model.order.OrderEventType.DENY;
import static dev.kairos.model.order.OrderEventType.EXPIRE;
import static dev.kairos.model.order.OrderEventType.FILL;
import static dev.kairos.model.order.OrderEventType.PARTIAL_FILL;
import static dev.kairos.model.order.OrderEventType.REJECT;
import static dev.kairos.model.order.OrderEventType.SUBMIT;
import static dev.kairos.model.order.OrderEventType.TRIGGER;
import static dev.kairos.model.order.OrderStatus.ACCEPTED;
import static dev.kairos.model.order.OrderStatus.CANCELED;
import static dev.kairos.model.order.OrderStatus.DENIED;
import static dev.kairos.model.order.OrderStatus.EXPIRED;
import static dev.kairos.model.order.OrderStatus.FILLED;
import static dev.kairos.model.order.OrderStatus.INITIALIZED;
import static dev.kairos.model.order.OrderStatus.PARTIALLY_FILLED;
import static dev.kairos.model.order.OrderStatus.REJECTED;
import static dev.kairos.model.order.OrderStatus.SUBMITTED;
import static dev.kairos.model.order.OrderStatus.TRIGGERED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The order state machine, exhaustively: every (status, event) pair. The expected table is written out by
 * hand from the documented life of an order (see {@link OrderStateMachine}'s diagram), not derived from
 * the implementation. A {@code null} cell means the pair must be {@link Transition.Invalid}.
 */
class OrderStateMachineTest {

    /** Column order of the table rows below. */
    private static final OrderEventType[] COLUMNS = {
        DENY, SUBMIT, ACCEPT, REJECT, TRIGGER, PARTIAL_FILL, FILL, CANCEL, EXPIRE};

    private static final OrderStatus __ = null;

    private static final Map<OrderStatus, OrderStatus[]> TABLE = new EnumMap<>(OrderStatus.class);

    static {
        //                         DENY    SUBMIT     ACCEPT    REJECT    TRIGGER    PARTIAL_FILL      FILL    CANCEL    EXPIRE
        TABLE.put(INITIALIZED,      row(DENIED, SUBMITTED, __,       __,       __,        __,               __,     __,       __));
        TABLE.put(SUBMITTED,        row(__,     __,        ACCEPTED, REJECTED, __,        PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED));
        TABLE.put(ACCEPTED,         row(__,     __,        __,       __,       TRIGGERED, PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED));
        TABLE.put(TRIGGERED,        row(__,     __,        __,       __,       __,        PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED));
        TABLE.put(PARTIALLY_FILLED, row(__,     __,        __,       __,       __,        PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED));
        // terminal statuses refuse everything
        TABLE.put(DENIED,           row(__,     __,        __,       __,       __,        __,               __,     __,       __));
        TABLE.put(REJECTED,         row(__,     __,        __,       __,       __,        __,               __,     __,       __));
        TABLE.put(FILLED,           row(__,     __,        __,       __,       __,        __,               __,     __,       __));
        TABLE.put(CANCELED,         row(__,     __,        __,       __,       __,        __,               __,     __,       __));
        TABLE.put(EXPIRED,          row(__,     __,        __,       __,       __,        __,               __,     __,       __));
    }

    private static OrderStatus[] row(OrderStatus... cells) {
        if (cells.length != COLUMNS.length) {
            throw new AssertionError("row has " + cells.length + " cells, expected " + COLUMNS.length);
        }
        return cells;
    }

    static Stream<Arguments> everyPair() {
        List<Arguments> out = new ArrayList<>();
        for (OrderStatus s : OrderStatus.values()) {
            for (OrderEventType e : OrderEventType.values()) {
                out.add(Arguments.of(s, e));
            }
        }
        return out.stream();
    }

    private static OrderStatus expected(OrderStatus from, OrderEventType event) {
        OrderStatus[] row = TABLE.get(from);
        for (int c = 0; c < COLUMNS.length; c++) {
            if (COLUMNS[c] == event) {
                return row[c];
            }
        }
        throw new AssertionError("event " + event + " has no column in the expected table");
    }

    @Test
    void theTableCoversEveryStatusAndEvent() {
        assertThat(TABLE.keySet()).containsExactlyInAnyOrder(OrderStatus.values());
        assertThat(COLUMNS).containsExactlyInAnyOrder(OrderEventType.values());
    }

    @ParameterizedTest(name = "{0} --{1}-->")
    @MethodSource("everyPair")
    void everyPairHasTheExpectedOutcome(OrderStatus from, OrderEventType event) {
        OrderStatus want = expected(from, event);
        Transition t = OrderStateMachine.apply(from, event);
        if (want != null) {
            assertThat(t).isEqualTo(new Transition.Valid(from, event, want));
            assertThat(t.isValid()).isTrue();
            assertThat(t.orThrow()).isEqualTo(want);
        } else {
            assertThat(t).isInstanceOf(Transition.Invalid.class);
            Transition.Invalid inv = (Transition.Invalid) t;
            assertThat(inv.from()).isEqualTo(from);
            assertThat(inv.event()).isEqualTo(event);
            assertThat(inv.reason()).isNotBlank();
            assertThat(t.isValid()).isFalse();
            assertThat(inv.message()).contains(event.name(), from.name(), inv.reason());
            assertThatThrownBy(t::orThrow).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(inv.reason());
        }
    }

    static Stream<Arguments> terminalPairs() {
        return everyPair().filter(a -> ((OrderStatus) a.get()[0]).isTerminal());
    }

    @ParameterizedTest(name = "{0} refuses {1}")
    @MethodSource("terminalPairs")
    void terminalStatusesRefuseEverything(OrderStatus from, OrderEventType event) {
        Transition t = OrderStateMachine.apply(from, event);
        assertThat(t).isInstanceOf(Transition.Invalid.class);
        assertThat(((Transition.Invalid) t).reason()).contains(from.name());
    }

    @Test
    void terminalAndOpenFlags() {
        assertThat(List.of(OrderStatus.values()).stream().filter(OrderStatus::isTerminal))
                .containsExactlyInAnyOrder(DENIED, REJECTED, FILLED, CANCELED, EXPIRED);
        assertThat(List.of(OrderStatus.values()).stream().filter(OrderStatus::isOpen))
                .containsExactlyInAnyOrder(ACCEPTED, TRIGGERED, PARTIALLY_FILLED);
    }

    @Test
    void aStopOrdersWholeLife() {
        OrderStatus s = INITIALIZED;
        for (OrderEventType e : List.of(SUBMIT, ACCEPT, TRIGGER, PARTIAL_FILL, PARTIAL_FILL, FILL)) {
            s = OrderStateMachine.apply(s, e).orThrow();
        }
        assertThat(s).isEqualTo(FILLED);
    }
}
