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
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * e3 on a hand-built series. With {@code atr_period=1} the ATR is the bar's own true range, so
 * {@code bodyOverAtr = (close − open) / TR}; with {@code volume_period=3} the volume z-score is taken over the
 * bar and the two before it (population stdev): volumes 100, 100, 400 give z = 200 / √20 000 = √2.
 */
class E3RuleTest {
    private static final InstrumentId ID = InstrumentId.of("TST-USDT-PERP");
    private static final double SQRT2 = Math.sqrt(2);
    /** z of 1000 after 100, 400: mean 500, stdev √140 000. */
    private static final double Z_1000 = 500 / Math.sqrt(140_000);

    /**
     * i0-3 flat; i4 up candle, body 2 = TR 2, volume 400 → LONG; i5, i6 flat → held 2 bars → FLAT at i6; i7
     * down candle, body −2, TR 2, volume 400 → SHORT; i8 up candle body 3 = TR 3, volume 1000 → LONG (reverses);
     * i9 flat; i10 weak up candle (body 0.5 TR) → no trigger, held 2 bars → FLAT.
     */
    private static BarSeries series() {
        return Bars.series(ID, Bars.HOUR,
                Bars.bar(100, 101, 99, 100, 100), Bars.bar(100, 101, 99, 100, 100), Bars.bar(100, 101, 99, 100, 100),
                Bars.bar(100, 101, 99, 100, 100),
                Bars.bar(100, 102, 100, 102, 400),  // i4
                Bars.bar(102, 103, 101, 102, 100),  // i5
                Bars.bar(102, 103, 101, 102, 100),  // i6
                Bars.bar(102, 102, 100, 100, 400),  // i7
                Bars.bar(100, 103, 100, 103, 1000), // i8
                Bars.bar(103, 104, 102, 103, 100),  // i9
                Bars.bar(103, 104, 103, 103.5, 100)); // i10
    }

    private static Map<String, String> params(String... more) {
        Map<String, String> p = new HashMap<>(Map.of("atr_period", "1", "volume_period", "3", "hold_bars", "2"));
        for (int k = 0; k < more.length; k += 2) {
            p.put(more[k], more[k + 1]);
        }
        return p;
    }

    /** A quarter of confidence for a condition that held with this margin. */
    private static double quarter(double margin) {
        return 0.25 * (0.5 + 0.5 * margin);
    }

    @Test
    void entersOnStrongCandlesWithVolumeReversesOnAnOppositeTriggerAndExitsAfterHoldBars() {
        RecordingContext ctx = RecordingContext.run(new E3Rule(), params(), series());
        assertThat(ctx.signals).extracting(RecordingContext.Emitted::index).containsExactly(4, 6, 7, 8, 10);
        assertThat(ctx.signals).extracting(RecordingContext.Emitted::direction).containsExactly(Direction.LONG,
                Direction.FLAT, Direction.SHORT, Direction.LONG, Direction.FLAT);
        // i4: body exactly at the threshold (margin 0), volume √2 − 1 beyond it over 2; book and premium n/a
        double entry = quarter(0) + quarter((SQRT2 - 1) / 2);
        assertThat(ctx.signals.get(0).confidence()).isCloseTo(entry, within(1e-9));
        assertThat(ctx.signals.get(2).confidence()).isCloseTo(entry, within(1e-9));
        assertThat(ctx.signals.get(3).confidence()).isCloseTo(quarter(0) + quarter((Z_1000 - 1) / 2), within(1e-9));
        assertThat(ctx.signals.get(1).confidence()).isEqualTo(1.0);
        assertThat(ctx.signals).allSatisfy(e -> assertThat(e.confidence()).isBetween(0.0, 1.0));
    }

    @Test
    void reasonsNameEveryConditionThatFiredAndEveryOneNotChecked() {
        RecordingContext ctx = RecordingContext.run(new E3Rule(), params(), series());
        assertThat(ctx.signals.get(0).reasons()).containsExactly(
                "|bodyOverAtr_1| 1.00 >= 1.00 (up candle: LONG)",
                "volumeZ_3 1.41 >= 1.00",
                "obImbalance n/a (no order-book imbalance within PT1M of the close): not checked",
                "premiumPct n/a (no reference price within 1 bar of the close): not checked");
        assertThat(ctx.signals.get(1).reasons()).containsExactly("held 2 bars since the last LONG trigger (hold_bars 2):"
                + " exit");
        assertThat(ctx.signals.get(2).reasons().get(0)).isEqualTo("|bodyOverAtr_1| 1.00 >= 1.00 (down candle: SHORT)");
        assertThat(ctx.signals.get(3).reasons()).hasSize(5).last().isEqualTo(
                "opposite trigger: reverses the SHORT held 1 bars");
    }

    @Test
    void theBookAndThePremiumConfirmOrVetoWhenKnownAndMissingIsNeverZero() {
        BarSeries s = series();
        long close4 = s.closeTime(4);
        // at i4: imbalance against the long → no trigger at i4 (i7 and i8 have no book data within 60 s)
        SideInputs against = SideInputs.none().withOrderBookImbalance(TimedSeries.of(new long[] {close4 - 1_000},
                new double[] {-0.5}));
        RecordingContext vetoed = RecordingContext.run(new E3Rule(), params(), s, against);
        assertThat(vetoed.signals).extracting(RecordingContext.Emitted::index).doesNotContain(4).startsWith(7);

        // imbalance +0.6 (margin (0.6 − 0.2) / 0.8 = 0.5), reference 99.8 → premium (102 − 99.8) / 99.8 = 2.2 %:
        // above the 0.5 % cap → vetoed; with premium_cap 3 it confirms with margin (3 − 2.2044) / 3
        SideInputs both = SideInputs.none()
                .withOrderBookImbalance(TimedSeries.of(new long[] {close4 - 1_000}, new double[] {0.6}))
                .withReferencePrice(TimedSeries.of(new long[] {close4}, new double[] {99.8}));
        assertThat(RecordingContext.run(new E3Rule(), params(), s, both).signals)
                .extracting(RecordingContext.Emitted::index).doesNotContain(4);
        RecordingContext confirmed = RecordingContext.run(new E3Rule(), params("premium_cap", "3"), s, both);
        RecordingContext.Emitted e = confirmed.signals.getFirst();
        assertThat(e.index()).isEqualTo(4);
        double premium = (102 - 99.8) / 99.8 * 100;
        assertThat(e.confidence()).isCloseTo(quarter(0) + quarter((SQRT2 - 1) / 2) + quarter(0.5)
                + quarter((3 - premium) / 3), within(1e-9));
        assertThat(e.reasons()).containsExactly("|bodyOverAtr_1| 1.00 >= 1.00 (up candle: LONG)",
                "volumeZ_3 1.41 >= 1.00", "obImbalance 0.600 on the LONG side >= 0.200",
                "|premiumPct| 2.20% <= premium_cap 3.00%");

        // a book value of 0 with threshold 0.2 vetoes; no book value is not checked: the trigger fires, and a
        // stale value (2 min old, max age 60 s) counts as none
        SideInputs zero = SideInputs.none().withOrderBookImbalance(TimedSeries.of(new long[] {close4}, new double[] {0}));
        assertThat(RecordingContext.run(new E3Rule(), params(), s, zero).signals)
                .extracting(RecordingContext.Emitted::index).doesNotContain(4);
        SideInputs stale = SideInputs.none().withOrderBookImbalance(TimedSeries.of(new long[] {close4 - 120_000},
                new double[] {-1}));
        RecordingContext withStale = RecordingContext.run(new E3Rule(), params(), s, stale);
        assertThat(withStale.signals.getFirst().index()).isEqualTo(4);
        assertThat(withStale.signals.getFirst().reasons().get(2)).startsWith("obImbalance n/a");
        // with threshold 0, an imbalance of exactly 0 holds and adds its half quarter; n/a adds nothing
        RecordingContext zeroHolds = RecordingContext.run(new E3Rule(), params("ob_imbalance", "0"), s, zero);
        RecordingContext none = RecordingContext.run(new E3Rule(), params("ob_imbalance", "0"), s);
        assertThat(zeroHolds.signals.getFirst().confidence() - none.signals.getFirst().confidence())
                .isCloseTo(quarter(0), within(1e-12));
    }

    @Test
    void highTradeModeIsAPresetThatExplicitParametersOverride() {
        E3Rule e3 = new E3Rule();
        assertThat(E3Rule.thresholds(resolve(e3, Map.of()))).isEqualTo(E3Rule.STANDARD_PRESET);
        assertThat(E3Rule.thresholds(resolve(e3, Map.of("mode", "high-trade")))).isEqualTo(E3Rule.HIGH_TRADE_PRESET);
        assertThat(E3Rule.thresholds(resolve(e3, Map.of("mode", "high-trade", "body_atr", "0.8", "hold_bars", "5"))))
                .isEqualTo(new E3Rule.Preset(0.8, -1.0, 0.0, 2.0, 5));
        // an explicit value equal to the standard default still wins over the preset
        assertThat(E3Rule.thresholds(resolve(e3, Map.of("mode", "high-trade", "volume_z", "1"))).volumeZ())
                .isEqualTo(1.0);
        assertThat(E3Rule.thresholds(resolve(e3, Map.of("mode", "standard", "premium_cap", "0.1"))))
                .isEqualTo(new E3Rule.Preset(1.0, 1.0, 0.2, 0.1, 12));

        // on the series with an explicit hold_bars=1, high-trade (body 0.3, volume z -1) also fires on the weak
        // candle at i10 (volumes 1000, 100, 100: z = −300 / √180 000 = −0.71 ≥ −1), which standard does not
        Map<String, String> highTrade = Map.of("mode", "high-trade", "atr_period", "1", "volume_period", "3",
                "hold_bars", "1");
        RecordingContext ctx = RecordingContext.run(e3, highTrade, series());
        assertThat(ctx.signals).extracting(RecordingContext.Emitted::index).containsExactly(4, 5, 7, 8, 9, 10);
        assertThat(ctx.signals.getLast().direction()).isEqualTo(Direction.LONG);
        assertThat(ctx.signals.getLast().reasons().getFirst())
                .isEqualTo("|bodyOverAtr_1| 0.500 >= 0.300 (up candle: LONG)");
        assertThat(RecordingContext.run(e3, params("hold_bars", "1"), series()).signals)
                .extracting(RecordingContext.Emitted::index).containsExactly(4, 5, 7, 8, 9);
    }

    @Test
    void theRunsParametersShowThePresetsValuesAndBehaveTheSame() {
        E3Rule e3 = new E3Rule();
        StrategyParams given = resolve(e3, Map.of("mode", "high-trade", "body_atr", "0.8", "atr_period", "1",
                "volume_period", "3"));
        StrategyParams effective = e3.effective(given);
        assertThat(effective.asText()).containsEntry("mode", "high-trade").containsEntry("body_atr", "0.8")
                .containsEntry("volume_z", "-1.0").containsEntry("ob_imbalance", "0.0")
                .containsEntry("premium_cap", "2.0").containsEntry("hold_bars", "3").containsEntry("atr_period", "1");
        assertThat(given.asText()).containsEntry("volume_z", "1.0");
        assertThat(effective.isGiven("volume_z")).isFalse();
        assertThat(effective.isGiven("body_atr")).isTrue();
        assertThat(E3Rule.thresholds(effective)).isEqualTo(E3Rule.thresholds(given));
        assertThat(e3.effective(resolve(e3, Map.of())).asText()).isEqualTo(resolve(e3, Map.of()).asText());
    }

    @Test
    void aTriggerOnTheHeldSideRestartsTheHoldingCountWithoutASignal() {
        // high-trade's preset hold of 3 bars: LONG at i8, the weak up candle at i10 is a LONG trigger again, so
        // the exit comes 3 bars after i10 (beyond i12), not 3 bars after i8 (i11)
        BarSeries base = series();
        BarSeries.Builder b = new BarSeries.Builder(ID, base.size() + 2);
        for (int i = 0; i < base.size(); i++) {
            b.add(base.bar(i));
        }
        b.add(base.timestamp(base.size() - 1) + Bars.HOUR, 103.5, 104, 103, 103.5, 100);
        b.add(base.timestamp(base.size() - 1) + 2 * Bars.HOUR, 103.5, 104, 103, 103.5, 100);
        RecordingContext ctx = RecordingContext.run(new E3Rule(), Map.of("mode", "high-trade", "atr_period", "1",
                "volume_period", "3"), b.build(Bars.HOUR));
        assertThat(ctx.signals).extracting(RecordingContext.Emitted::index).containsExactly(4, 7, 8);
    }

    @Test
    void modeMustBeKnown() {
        E3Rule e3 = new E3Rule();
        assertThat(e3.validate(resolve(e3, Map.of("mode", "turbo")))).singleElement().asString()
                .contains("--param mode=turbo").contains("standard").contains("high-trade");
        assertThat(e3.validate(resolve(e3, Map.of("mode", "HIGH-TRADE")))).isEmpty();
        assertThat(StrategyParams.resolve("e3", e3.params(), Map.of("body_atr", "-1")).problems()).singleElement()
                .asString().contains("body_atr");
    }

    private static StrategyParams resolve(E3Rule e3, Map<String, String> given) {
        StrategyParams.Resolution r = StrategyParams.resolve(e3.name(), e3.params(), given);
        assertThat(r.problems()).isEmpty();
        return r.params();
    }
}
