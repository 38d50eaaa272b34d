package dev.kairos.engine.strategy.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kairos.analytics.feature.SideInputs;
import dev.kairos.analytics.feature.TimedSeries;
import dev.kairos.engine.strategy.StrategyParams;
import dev.kairos.engine.testsupport.Bars;
import dev.kairos.model.InstrumentId;
import dev.kairos.model.event.Direction;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.market.FundingRates;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * funding-fade on 20 flat hourly bars (close 100) with funding rates stamped 17 ms into an hour: a rate stamped
 * in bar h's hour is known at bar h's close. Defaults: threshold 0.05 %, exit 0.02 %, max age 9 h.
 */
class FundingFadeTest {
    private static final InstrumentId ID = InstrumentId.of("TST-USDT-PERP");
    private static final BarSeries FLAT = flat(20);

    private static BarSeries flat(int n) {
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = Bars.bar(100, 100.5, 99.5, 100, 100);
        }
        return Bars.series(ID, Bars.HOUR, rows);
    }

    /** Rates stamped at T0 + hour × 1 h + 17 ms. */
    private static SideInputs funding(int[] hours, double[] rates) {
        long[] t = new long[hours.length];
        for (int k = 0; k < hours.length; k++) {
            t[k] = Bars.T0 + hours[k] * Bars.HOUR + 17;
        }
        return SideInputs.none().withFundingRates(new FundingRates(ID, t, rates));
    }

    @Test
    void fadesExtremeFundingHoldsThroughModerateRatesAndExits() {
        // h0 0.01 %: nothing; h2 0.08 % > 0.05 % → SHORT (margin 0.6 → 0.8); h4 0.03 %: hold; h6 0.01 % < 0.02 %
        // → FLAT; h8 −0.15 % → LONG (margin capped at 1 → 1.0); h9 +0.12 % → SHORT, reversing; no rate after h9:
        // at i18 the rate is 10 h − 17 ms old (> 9 h) → FLAT, failing closed
        SideInputs in = funding(new int[] {0, 2, 4, 6, 8, 9}, new double[] {0.0001, 0.0008, 0.0003, 0.0001, -0.0015,
                0.0012});
        RecordingContext ctx = RecordingContext.run(new FundingFade(), Map.of(), FLAT, in);
        assertThat(ctx.signals).extracting(RecordingContext.Emitted::index).containsExactly(2, 6, 8, 9, 18);
        assertThat(ctx.signals).extracting(RecordingContext.Emitted::direction).containsExactly(Direction.SHORT,
                Direction.FLAT, Direction.LONG, Direction.SHORT, Direction.FLAT);
        assertThat(ctx.signals).extracting(RecordingContext.Emitted::confidence).containsExactly(0.8, 1.0, 1.0, 1.0,
                1.0);
        assertThat(ctx.signals.get(0).reasons()).containsExactly(
                "fundingRate 0.08000% > threshold 0.05000%: longs pay shorts, fade the crowded long: SHORT");
        assertThat(ctx.signals.get(1).reasons()).containsExactly(
                "|fundingRate| 0.01000% < exit_threshold 0.02000%: crowding gone, exit SHORT");
        assertThat(ctx.signals.get(2).reasons()).containsExactly(
                "fundingRate -0.1500% < -threshold -0.05000%: shorts pay longs, fade the crowded short: LONG");
        assertThat(ctx.signals.get(3).reasons()).hasSize(2).last().isEqualTo(
                "funding crossed to the other extreme: reverses the LONG");
        assertThat(ctx.signals.get(4).reasons()).containsExactly(
                "fundingRate n/a (no funding rate within 9 h of the close): exit SHORT, failing closed");
    }

    @Test
    void thePremiumConfirmsWhenRequiredAndKnown() {
        // rate 0.08 % from h2; premium_pct 0.5: reference 99.8 at i2 → premium 0.2 % (not rich enough), 99.4 at
        // i3 → 0.6036 % ≥ 0.5 % → SHORT at i3: 0.5 + 0.25 × 0.6 + 0.25 × (0.6036 − 0.5) / 0.5
        long c2 = FLAT.closeTime(2);
        long c3 = FLAT.closeTime(3);
        SideInputs in = funding(new int[] {2}, new double[] {0.0008})
                .withReferencePrice(TimedSeries.of(new long[] {c2, c3}, new double[] {99.8, 99.4}));
        RecordingContext ctx = RecordingContext.run(new FundingFade(), Map.of("premium_pct", "0.5"), flat(6), in);
        assertThat(ctx.signals).extracting(RecordingContext.Emitted::index).containsExactly(3);
        RecordingContext.Emitted e = ctx.signals.getFirst();
        double premium = (100 - 99.4) / 99.4 * 100;
        assertThat(e.confidence()).isCloseTo(0.5 + 0.25 * 0.6 + 0.25 * (premium - 0.5) / 0.5, within(1e-12));
        assertThat(e.reasons()).containsExactly(
                "fundingRate 0.08000% > threshold 0.05000%: longs pay shorts, fade the crowded long: SHORT",
                "premiumPct 0.604% >= +0.500%: the perpetual trades rich to its reference");

        // without a reference price the premium is not checked: SHORT at i2, its quarter missing
        RecordingContext na = RecordingContext.run(new FundingFade(), Map.of("premium_pct", "0.5"), flat(6),
                funding(new int[] {2}, new double[] {0.0008}));
        assertThat(na.signals).extracting(RecordingContext.Emitted::index).containsExactly(2);
        assertThat(na.signals.getFirst().confidence()).isCloseTo(0.5 + 0.25 * 0.6, within(1e-12));
        assertThat(na.signals.getFirst().reasons().get(1)).isEqualTo(
                "premiumPct n/a (no reference price within 1 bar of the close): not checked");
    }

    @Test
    void aReversalThePremiumDoesNotConfirmExitsInstead() {
        // LONG at h1 (−0.1 %, cheap perp: premium −0.6 %); at h3 +0.1 % but the perp is still cheap → FLAT, and
        // no SHORT while it stays cheap
        long[] closes = new long[6];
        double[] reference = new double[6];
        for (int i = 0; i < 6; i++) {
            closes[i] = FLAT.closeTime(i);
            reference[i] = 100.6;
        }
        SideInputs in = funding(new int[] {1, 3}, new double[] {-0.001, 0.001})
                .withReferencePrice(TimedSeries.of(closes, reference));
        RecordingContext ctx = RecordingContext.run(new FundingFade(), Map.of("premium_pct", "0.5"), flat(6), in);
        assertThat(ctx.signals).extracting(RecordingContext.Emitted::direction).containsExactly(Direction.LONG,
                Direction.FLAT);
        assertThat(ctx.signals).extracting(RecordingContext.Emitted::index).containsExactly(1, 3);
        assertThat(ctx.signals.get(1).reasons().getFirst()).contains("does not confirm a reversal: exit LONG");
    }

    @Test
    void withoutFundingDataItNeverTrades() {
        assertThat(RecordingContext.run(new FundingFade(), Map.of(), FLAT).signals).isEmpty();
    }

    @Test
    void theExitThresholdMustBeBelowTheEntryThreshold() {
        FundingFade f = new FundingFade();
        StrategyParams bad = StrategyParams.resolve(f.name(), f.params(), Map.of("threshold", "0.001",
                "exit_threshold", "0.001")).params();
        assertThat(f.validate(bad)).singleElement().asString().contains("exit_threshold=0.001").contains(
                "threshold=0.001");
        assertThat(f.validate(StrategyParams.resolve(f.name(), f.params(), Map.of()).params())).isEmpty();
        assertThat(StrategyParams.resolve(f.name(), f.params(), Map.of("threshold", "0")).problems()).singleElement()
                .asString().contains("threshold");
    }
}
