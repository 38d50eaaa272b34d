package dev.kairos.engine.strategy.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kairos.analytics.regime.RegimeReading;
import dev.kairos.engine.strategy.Strategy;
import dev.kairos.engine.strategy.StrategyContext;
import dev.kairos.engine.strategy.StrategyParams;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.event.Direction;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.regime.Regime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** regime-ma on a hand-built series with a scripted regime: when it enters, when it exits, and why. */
class RegimeMaTest {
    private static final InstrumentId ID = InstrumentId.of("TST-USD");
    private static final long HOUR = 3_600_000L;

    /** A regime the test sets bar by bar. */
    private static final class Scripted implements RegimeReading {
        int regime = -1;
        double confidence;

        @Override
        public boolean isReady() {
            return regime >= 0;
        }

        @Override
        public int regimeOrdinal() {
            return regime;
        }

        @Override
        public double probability(Regime r) {
            return r.ordinal() == regime ? 1 : 0;
        }

        @Override
        public double confidence() {
            return confidence;
        }
    }

    private record Emitted(int bar, Direction direction, double confidence, List<String> reasons) {
    }

    private static final class Context implements StrategyContext {
        final Scripted regime = new Scripted();
        final List<Emitted> signals = new ArrayList<>();
        int bar;
        double position;

        @Override
        public long now() {
            return bar * HOUR;
        }

        @Override
        public double positionQuantity() {
            return position;
        }

        @Override
        public void signal(Direction direction, double confidence, String... reasons) {
            signals.add(new Emitted(bar, direction, confidence, List.of(reasons)));
            position = direction == Direction.LONG ? 1 : direction == Direction.SHORT ? -1 : 0;
        }

        @Override
        public RegimeReading regime() {
            return regime;
        }
    }

    /** Flat at 100 for 10 bars, up 1 a bar for 20 bars, then down 1 a bar for 30 bars. */
    private static BarSeries path() {
        BarSeries.Builder b = new BarSeries.Builder(ID, 60);
        double price = 100;
        for (int i = 0; i < 60; i++) {
            double open = price;
            price += i < 10 ? 0 : i < 30 ? 1 : -1;
            b.add(i * HOUR, open, Math.max(open, price) + 0.1, Math.min(open, price) - 0.1, price, 10);
        }
        return b.build(HOUR);
    }

    @Test
    void longOnlyInABullTrendShortOnlyInABearTrendFlatInARange() {
        BarSeries s = path();
        RegimeMa def = new RegimeMa();
        Strategy strategy = def.create(ID, StrategyParams.resolve("regime-ma", def.params(),
                Map.of("fast", "3", "slow", "6")).params());
        Context ctx = new Context();
        for (int i = 0; i < s.size(); i++) {
            ctx.bar = i;
            // a quiet range until bar 14, a bull trend 15..31, a volatile range 32..39, a bear trend from 40
            ctx.regime.regime = i < 15 ? Regime.QUIET_RANGE.ordinal() : i < 32 ? Regime.BULL_TREND.ordinal()
                    : i < 40 ? Regime.VOLATILE_RANGE.ordinal() : Regime.BEAR_TREND.ordinal();
            ctx.regime.confidence = 0.8;
            strategy.onBar(s, i, ctx);
        }
        assertThat(ctx.signals).extracting(Emitted::bar, Emitted::direction).containsExactly(
                org.assertj.core.groups.Tuple.tuple(15, Direction.LONG),
                org.assertj.core.groups.Tuple.tuple(32, Direction.FLAT),
                org.assertj.core.groups.Tuple.tuple(40, Direction.SHORT));
        Emitted entry = ctx.signals.get(0);
        // the uptrend confirms price and slope: crossover confidence 1.0, times the regime's 0.8
        assertThat(entry.confidence()).isEqualTo(0.8);
        assertThat(entry.reasons()).anyMatch(r -> r.contains("regime bull_trend at confidence 0.80"))
                .anyMatch(r -> r.contains("EMA3") && r.contains("above EMA6"));
        assertThat(ctx.signals.get(1).reasons()).anyMatch(r -> r.contains("not a trend regime"));
        assertThat(ctx.signals.get(2).reasons()).anyMatch(r -> r.contains("regime bear_trend"))
                .anyMatch(r -> r.contains("below EMA6"));
    }

    @Test
    void aTrendAgainstTheAveragesOrALowConfidenceKeepsItFlat() {
        BarSeries s = path();
        RegimeMa def = new RegimeMa();
        Strategy strategy = def.create(ID, StrategyParams.resolve("regime-ma", def.params(),
                Map.of("fast", "3", "slow", "6", "min_regime_confidence", "0.5")).params());
        Context ctx = new Context();
        for (int i = 0; i < s.size(); i++) {
            ctx.bar = i;
            // bear trend called during the rise (against the averages), then a bull trend at low confidence
            ctx.regime.regime = i < 30 ? Regime.BEAR_TREND.ordinal() : Regime.BULL_TREND.ordinal();
            ctx.regime.confidence = i < 30 ? 0.9 : 0.3;
            strategy.onBar(s, i, ctx);
        }
        assertThat(ctx.signals).isEmpty();
    }

    @Test
    void withoutARegimeItNeverTradesAndSaysItNeedsOne() {
        assertThat(new RegimeMa().needsRegimes()).isTrue();
        RegimeMa def = new RegimeMa();
        Strategy strategy = def.create(ID, StrategyParams.resolve("regime-ma", def.params(), Map.of()).params());
        Context ctx = new Context();
        BarSeries s = path();
        for (int i = 0; i < s.size(); i++) {
            ctx.bar = i;
            strategy.onBar(s, i, ctx);
        }
        assertThat(ctx.signals).isEmpty();
    }
}
