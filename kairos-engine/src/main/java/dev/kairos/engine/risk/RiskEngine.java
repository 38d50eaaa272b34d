package dev.kairos.engine.risk;

import dev.kairos.model.order.Order;
import java.util.List;

/** Runs the checks in order; the first denial wins. The trading state is the kill switch. */
public final class RiskEngine {
    private final PreTradeCheck[] checks;
    private TradingState state = TradingState.ACTIVE;

    public RiskEngine(List<PreTradeCheck> checks) {
        this.checks = checks.toArray(PreTradeCheck[]::new);
    }

    /** The default checks, in order: trading state, market data, instrument rules, max order notional. */
    public static RiskEngine standard(double maxOrderEquityMultiple) {
        return new RiskEngine(List.of(new TradingStateCheck(), new MarketDataCheck(), new InstrumentRulesCheck(),
                new MaxOrderNotionalCheck(maxOrderEquityMultiple)));
    }

    public TradingState state() {
        return state;
    }

    public void setState(TradingState state) {
        this.state = state;
    }

    public CheckResult check(Order order, RiskContext ctx) {
        for (PreTradeCheck c : checks) {
            CheckResult r = c.check(order, ctx);
            if (r instanceof CheckResult.Deny) {
                return r;
            }
        }
        return CheckResult.PASS;
    }
}
