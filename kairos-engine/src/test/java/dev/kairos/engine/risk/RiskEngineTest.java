package dev.kairos.engine.risk;

import static dev.kairos.engine.risk.FakeContext.buy;
import static dev.kairos.engine.risk.FakeContext.sell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.kairos.analytics.risk.VarMethod;
import dev.kairos.engine.health.HealthConfig;
import dev.kairos.engine.testsupport.Allocation;
import dev.kairos.model.event.Event;
import dev.kairos.model.order.Order;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskEngineTest {

    /** The defaults with a VaR limit of 50 % (the limit is off by default). */
    private static RiskConfig withVarLimit() {
        RiskConfig d = RiskConfig.defaults();
        return new RiskConfig(d.checks(), d.maxPositionEquity(), d.maxGrossExposure(), d.maxNetExposure(),
                d.maxOpenPositions(), d.maxLeverage(), d.dailyLossCap(), d.cooldownBarsAfterLoss(),
                d.maxConsecutiveLosses(), d.cooldownBarsAfterStreak(), d.maxDrawdownHalt(), d.haltRecoveryBars(),
                d.rejectBurstCount(), d.rejectBurstWindowBars(), d.priceBand(), d.staleToleranceBars(), 0.5,
                d.varConfidence(), d.varHorizonBars(), d.varMethod(), d.varWindowBars());
    }

    @Test
    void theConfiguredOrderLeavesOutWhatIsSwitchedOff() {
        assertThat(RiskEngine.configured(RiskConfig.defaults(), HealthConfig.defaults(), 5, 1).checkNames())
                .containsExactly("trading-state", "market-data", "stale-data", "price-band", "instrument-rules",
                        "max-order-notional", "max-position", "gross-exposure", "net-exposure", "open-positions",
                        "leverage", "daily-loss", "health-gate");
        assertThat(RiskEngine.configured(withVarLimit(), HealthConfig.defaults(), 5, 1).checkNames())
                .containsExactly("trading-state", "market-data", "stale-data", "price-band", "instrument-rules",
                        "max-order-notional", "max-position", "gross-exposure", "net-exposure", "open-positions",
                        "leverage", "daily-loss", "var-limit", "health-gate");
        assertThat(RiskEngine.standard(2).checkNames())
                .containsExactly("trading-state", "market-data", "instrument-rules", "max-order-notional");
        RiskConfig reordered = new RiskConfig(List.of("trading-state", "daily-loss", "cooldown", "market-data",
                "health-gate"), 0, 0, 0, 0, 0, 0.1, 2, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0.99, 1, VarMethod.HISTORICAL, 40);
        assertThat(RiskEngine.configured(reordered, HealthConfig.ungated(), 5, 1).checkNames())
                .containsExactly("trading-state", "daily-loss", "cooldown", "market-data");
    }

    @Test
    void badCheckListsAreRejectedWithTheirNames() {
        assertThatThrownBy(() -> config(List.of("market-data", "trading-state")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must start with trading-state");
        assertThatThrownBy(() -> config(List.of("trading-state", "max-risk")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown risk check 'max-risk'")
                .hasMessageContaining("health-gate");
        assertThatThrownBy(() -> config(List.of("trading-state", "cooldown", "cooldown")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("listed twice");
    }

    private static RiskConfig config(List<String> checks) {
        return new RiskConfig(checks, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0.99, 1, VarMethod.HISTORICAL, 40);
    }

    @Test
    void theFirstDenialEndsTheRunAndEveryVerdictIsRecorded() {
        RiskEngine risk = RiskEngine.configured(withVarLimit(), HealthConfig.defaults(), 5, 1);
        FakeContext ctx = new FakeContext().holding(10);
        ctx.scenario = new double[60];
        Order ok = buy(1);
        assertThat(risk.check(ok, ctx)).isSameAs(CheckResult.PASS);
        Event.RiskChecked all = risk.verdicts(ok);
        assertThat(all.orderId()).isEqualTo(ok.id());
        assertThat(all.verdicts()).hasSize(14).allSatisfy(v -> {
            assertThat(v.passed()).isTrue();
            assertThat(v.reason()).isEmpty();
        });

        Order big = buy(400);                       // 40 000 ≤ 5 × equity per order; 41 000 > 3 × equity held
        CheckResult r = risk.check(big, ctx);
        assertThat(r).isInstanceOf(CheckResult.Deny.class);
        assertThat(risk.checksRun()).isEqualTo(7);
        assertThat(risk.verdicts(big).verdicts()).extracting(Event.RiskChecked.Verdict::check,
                Event.RiskChecked.Verdict::passed).containsExactly(tuple("trading-state", true),
                tuple("market-data", true), tuple("stale-data", true), tuple("price-band", true),
                tuple("instrument-rules", true), tuple("max-order-notional", true), tuple("max-position", false));
        assertThat(risk.verdicts(big).verdicts().get(6).reason())
                .isEqualTo("TST-USD exposure would be 41000.00 > 3.0 × equity = 30000.00");
    }

    @Test
    void passingChecksDoNotAllocate() {
        RiskEngine risk = RiskEngine.configured(RiskConfig.defaults(), HealthConfig.defaults(), 5, 1);
        FakeContext ctx = new FakeContext().holding(10);
        ctx.scenario = new double[250];
        for (int i = 0; i < ctx.scenario.length; i++) {
            ctx.scenario[i] = 0.001 * ((i * 7919) % 13 - 6);
        }
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            orders.add(i % 2 == 0 ? buy(1) : sell(1));
        }
        for (Order o : orders) {
            assertThat(risk.check(o, ctx)).isSameAs(CheckResult.PASS); // warm up
        }
        long bytes = Allocation.bytesAllocatedBy(() -> {
            for (Order o : orders) {
                risk.check(o, ctx);
            }
        });
        assertThat(bytes).as("bytes for 200 passing runs of 14 checks").isLessThan(2_000);
    }

    @Test
    void theRiskStateAndHealthUpdatesPerBarDoNotAllocate() {
        var ins = dev.kairos.engine.testsupport.Bars.instrument("TST-USD");
        var bars = dev.kairos.engine.testsupport.Bars.randomWalk(ins.id(), dev.kairos.engine.testsupport.Bars.HOUR,
                20_000, 3, -1, 0);
        var portfolio = new dev.kairos.engine.portfolio.Portfolio(List.of(ins), 10_000);
        var bus = new dev.kairos.engine.bus.MessageBus();
        List<Event> published = new ArrayList<>();
        bus.subscribeAll(published::add);
        RiskEngine risk = RiskEngine.configured(RiskConfig.defaults(), HealthConfig.defaults(), 5, 1);
        risk.attach(List.of(ins), portfolio, bus);
        for (int i = 0; i < 10_000; i++) {
            portfolio.mark(0, bars.close(i));
            risk.onBar(0, bars, i, bars.closeTime(i));
        }
        int before = published.size();
        // the first pass may still load classes or run interpreted code that allocates; the second is steady
        long first = Allocation.bytesAllocatedBy(() -> {
            for (int i = 10_000; i < 15_000; i++) {
                portfolio.mark(0, bars.close(i));
                risk.onBar(0, bars, i, bars.closeTime(i));
            }
        });
        long bytes = Allocation.bytesAllocatedBy(() -> {
            for (int i = 15_000; i < 20_000; i++) {
                portfolio.mark(0, bars.close(i));
                risk.onBar(0, bars, i, bars.closeTime(i));
            }
        });
        assertThat(first).as("bytes for the first 5 000 steady bars").isLessThan(100_000);
        assertThat(published).as("steady health: nothing to publish").hasSize(before);
        assertThat(bytes).as("bytes for 5 000 bars").isLessThan(1_000);
        assertThat(risk.riskState().lastClose(0)).isEqualTo(bars.close(19_999));
    }
}
