package dev.kairos.model.event;

import dev.kairos.model.ClientOrderId;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.order.Fill;
import dev.kairos.model.order.Order;
import dev.kairos.model.order.OrderSpec;
import dev.kairos.model.order.OrderStatus;
import dev.kairos.model.market.Timeframe;
import dev.kairos.model.portfolio.PositionSnapshot;
import dev.kairos.model.regime.Regime;
import dev.kairos.model.regime.RegimeConfidence;
import dev.kairos.model.regime.RegimeProbabilities;
import java.util.List;

/**
 * Everything that happens in a run. A closed set: consumers switch over it without a default, so a new
 * event type breaks compilation wherever it must be handled. Bars are not events: they flow through
 * the feed's columnar path (see ADR 0003).
 */
public sealed interface Event permits Signal, Event.OrderDenied, Event.OrderSubmitted, Event.OrderAccepted,
        Event.OrderRejected, Event.OrderTriggered, Event.OrderFilled, Event.OrderCanceled, Event.OrderExpired,
        Event.OrderModified, Event.PositionChanged, Event.FundingApplied, Event.EquitySample,
        Event.RegimeUpdate, Event.RiskChecked, Event.HealthUpdate, Event.ExitAlert {

    /** When it happened, epoch ms UTC (engine clock). */
    long timestamp();

    /** A pre-trade risk check refused the order; it was never sent. */
    record OrderDenied(long timestamp, Order order, String check, String reason) implements Event {
    }

    /** The order left the engine for the venue. {@code decisionPrice} is the price the decision saw. */
    record OrderSubmitted(long timestamp, Order order, double decisionPrice) implements Event {
    }

    record OrderAccepted(long timestamp, ClientOrderId orderId) implements Event {
    }

    record OrderRejected(long timestamp, ClientOrderId orderId, String reason) implements Event {
    }

    record OrderTriggered(long timestamp, ClientOrderId orderId) implements Event {
    }

    /**
     * A fill, with the order's state after it.
     *
     * @param filledQuantity cumulative filled quantity of the order
     * @param leavesQuantity quantity still working (0 when filled)
     */
    record OrderFilled(long timestamp, Fill fill, OrderStatus status, double filledQuantity, double leavesQuantity)
            implements Event {
    }

    record OrderCanceled(long timestamp, ClientOrderId orderId, String reason) implements Event {
    }

    record OrderExpired(long timestamp, ClientOrderId orderId) implements Event {
    }

    /** A working order's prices were changed. */
    record OrderModified(long timestamp, ClientOrderId orderId, OrderSpec spec) implements Event {
    }

    /** A fill changed a position; {@code realizedPnl} is what that fill realised (gross of fees). */
    record PositionChanged(long timestamp, PositionSnapshot position, double realizedPnl) implements Event {
    }

    /** Funding paid (amount &gt; 0) or received (amount &lt; 0) on a perpetual position. */
    record FundingApplied(long timestamp, InstrumentId instrument, double rate, double notional, double amount)
            implements Event {
    }

    /** Account state at the close of a bar. */
    record EquitySample(long timestamp, double equity, double cash, double grossExposure, double unrealizedPnl)
            implements Event {
    }

    /**
     * The regime of an instrument at the close of a bar of {@code timeframe}, after hysteresis.
     *
     * @param regime        the regime in force (changes only when a new one leads by the margin for the dwell)
     * @param probabilities the ensemble's probabilities this bar (before hysteresis)
     * @param confidence    how sure the call is, with its factors
     */
    record RegimeUpdate(long timestamp, InstrumentId instrument, Timeframe timeframe, Regime regime,
                        RegimeProbabilities probabilities, RegimeConfidence confidence) implements Event {
    }

    /**
     * The pre-trade checks' verdicts on one order, in the order the checks ran. The first denial ends the run
     * (it is also published as an {@link OrderDenied}); a passed order lists every configured check.
     */
    record RiskChecked(long timestamp, ClientOrderId orderId, InstrumentId instrument, List<Verdict> verdicts)
            implements Event {
        public RiskChecked {
            if (orderId == null || instrument == null || verdicts == null || verdicts.isEmpty()) {
                throw new IllegalArgumentException("a risk check record needs an order, its instrument and at least"
                        + " one verdict");
            }
            verdicts = List.copyOf(verdicts);
        }

        /** The verdict of one check; {@code reason} is empty when it passed. */
        public record Verdict(String check, boolean passed, String reason) {
            public Verdict {
                if (check == null || check.isBlank() || reason == null) {
                    throw new IllegalArgumentException("a verdict needs a check name and a reason (empty when passed)");
                }
            }
        }
    }

    /**
     * The health monitor's scores, 0 (broken) to 100 (healthy), published when one of them changes. A
     * component with too little evidence yet is {@value #NOT_SCORED} and does not count in {@code overall}
     * (the minimum of the scored components; {@value #NOT_SCORED} while none is scored).
     *
     * @param data    freshness and completeness of the bars
     * @param venue   venue rejections and fill latency
     * @param errors  errors seen (invalid bars, reported faults)
     * @param signals share of recent signals whose direction the market then followed
     */
    record HealthUpdate(long timestamp, int overall, int data, int venue, int errors, int signals) implements Event {
        /** The score of a component that has too little evidence yet. */
        public static final int NOT_SCORED = -1;

        public HealthUpdate {
            requireScore("overall", overall);
            requireScore("data", data);
            requireScore("venue", venue);
            requireScore("errors", errors);
            requireScore("signals", signals);
        }

        private static void requireScore(String name, int score) {
            if (score < NOT_SCORED || score > 100) {
                throw new IllegalArgumentException(name + " health score must be 0..100 or " + NOT_SCORED + ", got "
                        + score);
            }
        }
    }

    /**
     * A predictive alert (from a model, an operator or a monitor) that the position in {@code instrument} is at
     * risk: the exit brain moves its stop {@code fraction} of the way toward breakeven (never loosening it) and
     * the venue's hard stop with it.
     *
     * @param fraction in (0, 1]: 1 moves the stop to breakeven
     * @param reason   why, for the journal
     */
    record ExitAlert(long timestamp, InstrumentId instrument, double fraction, String reason) implements Event {
        public ExitAlert {
            if (instrument == null || reason == null) {
                throw new IllegalArgumentException("an exit alert needs an instrument and a reason");
            }
            if (!(fraction > 0 && fraction <= 1)) {
                throw new IllegalArgumentException("exit alert fraction must be in (0, 1]: " + fraction);
            }
        }
    }
}
