package dev.kairos.engine.sizing;

import static dev.kairos.engine.sizing.Requests.basic;
import static dev.kairos.engine.sizing.Requests.regime;
import static dev.kairos.engine.sizing.Requests.signals;
import static dev.kairos.engine.sizing.Requests.trades;
import static dev.kairos.engine.sizing.Requests.withConfidence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kairos.engine.performance.TrackRecord;
import dev.kairos.model.regime.Regime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every policy and multiplier on hand-computed cases (instrument lot 0.001, min notional 1). */
class SizingPoliciesTest {

    private static void assertSized(SizingDecision d, double quantity, SizingReason reason) {
        assertThat(d.reason()).as("%s", d).isEqualTo(reason);
        assertThat(d.quantity()).as("%s", d).isCloseTo(quantity, within(1e-9));
    }

    @Test
    void fixedFractionSharesTheFractionAmongInstrumentsAndRoundsDown() {
        // 10 000 × 0.5 / 2 / 100 = 25
        assertSized(new FixedFractionSizing(0.5, 2).size(basic(100, 10_000)), 25, SizingReason.SIZED);
        // 10 000 × 0.3333 / 7 = 476.14285… → 476.142 (lot 0.001)
        SizingDecision d = new FixedFractionSizing(0.3333, 1).size(basic(7, 10_000));
        assertSized(d, 476.142, SizingReason.SIZED);
        assertThat(d.unrounded()).isCloseTo(10_000 * 0.3333 / 7, within(1e-9));
        // 0.5 × 1 / 100 = 0.005 units worth 0.5 < min notional 1; 0.05 / 100 = 0.0005 < one lot
        assertSized(new FixedFractionSizing(1, 1).size(basic(100, 0.5)), 0, SizingReason.BELOW_MIN_NOTIONAL);
        assertSized(new FixedFractionSizing(1, 1).size(basic(100, 0.05)), 0, SizingReason.BELOW_LOT);
        assertSized(new FixedFractionSizing(1, 1).size(basic(Double.NaN, 10_000)), 0, SizingReason.UNKNOWN_INPUT);
        assertSized(new FixedFractionSizing(1, 1).size(basic(100, Double.NaN)), 0, SizingReason.UNKNOWN_INPUT);
        assertSized(new FixedFractionSizing(1, 1).size(basic(100, -5)), 0, SizingReason.NO_EQUITY);
    }

    @Test
    void confidenceScalesTheFractionAboveTheFloor() {
        ConfidenceSizing c = new ConfidenceSizing(1.0, 0.5, 1);
        // s = (0.8 − 0.5) / (1 − 0.5) = 0.6 → 10 000 × 0.6 / 100 = 60
        assertSized(c.size(withConfidence(0.8, 100, 10_000)), 60, SizingReason.SIZED);
        assertSized(c.size(withConfidence(1.0, 100, 10_000)), 100, SizingReason.SIZED);
        assertSized(c.size(withConfidence(0.5, 100, 10_000)), 0, SizingReason.LOW_CONFIDENCE);
        assertSized(c.size(withConfidence(0.2, 100, 10_000)), 0, SizingReason.LOW_CONFIDENCE);
        // floor 0: proportional, shared by two instruments: 10 000 × 0.5 × 0.3 / 2 / 100 = 7.5
        assertSized(new ConfidenceSizing(0.5, 0, 2).size(withConfidence(0.3, 100, 10_000)), 7.5,
                SizingReason.SIZED);
        assertThatThrownBy(() -> new ConfidenceSizing(1, 1, 1)).hasMessageContaining("confidence floor");
    }

    @Test
    void atrRiskLosesTheRiskShareAtTheStopWithinTheNotionalCap() {
        AtrRiskSizing p = new AtrRiskSizing(0.01, 1.0);
        // 10 000 × 0.01 / 4 = 25 units; notional 2 500 ≤ 10 000
        assertSized(p.size(basic(100, 10_000).withStops(new StopDistances(4, 6))), 25, SizingReason.SIZED);
        // 100 / 0.05 = 2 000 units worth 200 000 > 1 × 10 000: capped at 100 units
        assertSized(p.size(basic(100, 10_000).withStops(new StopDistances(0.05, 0.1))), 100, SizingReason.CAPPED);
        assertSized(p.size(basic(100, 10_000)), 0, SizingReason.UNKNOWN_STOP);
        assertSized(p.size(basic(Double.POSITIVE_INFINITY, 10_000).withStops(new StopDistances(4, 6))), 0,
                SizingReason.UNKNOWN_INPUT);
    }

    @Test
    void kellyFromKnownWinRateAndPayoff() {
        // p = 0.6, b = 0.02 / 0.01 = 2: f* = 0.6 − 0.4 / 2 = 0.4
        TrackRecord good = trades(40, 24, 0.02, 0.01);
        assertThat(good.winRate()).isCloseTo(0.6, within(1e-12));
        assertThat(good.payoffRatio()).isCloseTo(2.0, within(1e-12));
        assertThat(KellySizing.fullKelly(0.6, 2.0)).isCloseTo(0.4, within(1e-12));
        assertThat(KellySizing.fullKelly(0.55, 1.0)).isCloseTo(0.1, within(1e-12));
        // half Kelly 0.2 of equity: 10 000 × 0.2 / 100 = 20 units
        KellySizing half = new KellySizing(0.5, 0.25, 20, 0.0);
        assertSized(half.size(basic(100, 10_000).withRecord(good)), 20, SizingReason.SIZED);
        // cap 0.1 < 0.2
        assertSized(new KellySizing(0.5, 0.1, 20, 0.0).size(basic(100, 10_000).withRecord(good)), 10,
                SizingReason.CAPPED);
        // p = 0.3, b = 2: f* = 0.3 − 0.7 / 2 = −0.05 → nothing
        assertThat(KellySizing.fullKelly(0.3, 2.0)).isCloseTo(-0.05, within(1e-12));
        assertSized(half.size(basic(100, 10_000).withRecord(trades(40, 12, 0.02, 0.01))), 0, SizingReason.NO_EDGE);
        // no winners: b = 0 → nothing
        assertSized(half.size(basic(100, 10_000).withRecord(trades(40, 0, 0, 0.01))), 0, SizingReason.NO_EDGE);
        // no losers: b = ∞, f* = p = 1 → half Kelly 0.5 capped at 0.25 → 25 units
        assertSized(half.size(basic(100, 10_000).withRecord(trades(30, 30, 0.01, 0))), 25, SizingReason.CAPPED);
        // 19 trades < 20: nothing, or the warm-up fraction 0.05 → 5 units
        TrackRecord young = trades(19, 15, 0.02, 0.01);
        assertSized(half.size(basic(100, 10_000).withRecord(young)), 0, SizingReason.TOO_FEW_TRADES);
        assertSized(new KellySizing(0.5, 0.25, 20, 0.05).size(basic(100, 10_000).withRecord(young)), 5,
                SizingReason.SIZED);
    }

    @Test
    void volatilityTargetScalesByTargetOverRealised() {
        // 10 000 × (0.4 / 0.8) / 2 / 100 = 25
        VolatilityTargetSizing v = new VolatilityTargetSizing(0.4, 2);
        assertSized(v.size(basic(100, 10_000).withVolatility(0.8)), 25, SizingReason.SIZED);
        assertSized(v.size(basic(100, 10_000)), 0, SizingReason.UNKNOWN_VOLATILITY);
        assertSized(v.size(basic(100, 10_000).withVolatility(0.0)), 0, SizingReason.UNKNOWN_VOLATILITY);
    }

    @Test
    void performanceMultiplierFollowsTheHitRateBetweenFloorAndCap() {
        PerformanceMultiplier m = new PerformanceMultiplier(20, 0.5, 1.5);
        assertThat(m.factor(signals(19, 2))).as("below the minimum sample: neutral").isEqualTo(1.0);
        assertThat(m.factor(TrackRecord.EMPTY)).isEqualTo(1.0);
        assertThat(m.factor(signals(20, 10))).isEqualTo(1.0);
        assertThat(m.factor(signals(20, 6))).isCloseTo(0.6, within(1e-12));
        assertThat(m.factor(signals(20, 4))).as("0.4 floored").isEqualTo(0.5);
        assertThat(m.factor(signals(20, 14))).isCloseTo(1.4, within(1e-12));
        assertThat(m.factor(signals(20, 18))).as("1.8 capped").isEqualTo(1.5);
    }

    @Test
    void regimeMultiplierScalesByConfidenceAndIsNeutralWithoutARegime() {
        RegimeMultiplier m = RegimeMultiplier.DEFAULTS;
        assertThat(m.factor(basic(100, 1))).isEqualTo(1.0);
        assertThat(m.factor(basic(100, 1).withRegime(regime(Regime.VOLATILE_RANGE, 1.0)))).isEqualTo(0.5);
        // 1 + (0.5 − 1) × 0.4 = 0.8
        assertThat(m.factor(basic(100, 1).withRegime(regime(Regime.VOLATILE_RANGE, 0.4)))).isCloseTo(0.8,
                within(1e-12));
        assertThat(m.factor(basic(100, 1).withRegime(regime(Regime.BULL_TREND, 1.0)))).isEqualTo(1.0);
        assertThat(m.isNeutral()).isFalse();
        assertThat(new RegimeMultiplier(PerRegime.uniform(1.0)).isNeutral()).isTrue();
    }

    @Test
    void compositionMultipliesThenCapsThenRounds() {
        SizingRequest r = basic(100, 10_000).withRecord(signals(20, 14))
                .withRegime(regime(Regime.VOLATILE_RANGE, 0.4));
        List<SizeMultiplier> both = List.of(new PerformanceMultiplier(20, 0.5, 1.5), RegimeMultiplier.DEFAULTS);
        // 100 units × 1.4 × 0.8 = 112 units; cap 2 × equity = 200 units
        SizingDecision d = new ComposedSizing(new FixedFractionSizing(1, 1), both, 2.0, InputSettings.DEFAULTS)
                .size(r);
        assertSized(d, 112, SizingReason.SIZED);
        assertThat(d.multiplier()).isCloseTo(1.12, within(1e-12));
        // cap 1 × equity = 100 units
        assertSized(new ComposedSizing(new FixedFractionSizing(1, 1), both, 1.0, InputSettings.DEFAULTS).size(r),
                100, SizingReason.CAPPED);
        // a base below the minimum notional lifted by a multiplier: 0.009 × 1.5 = 0.0135 → 0.013 worth 1.3
        SizingRequest small = basic(100, 0.9).withRecord(signals(20, 18));
        assertSized(new FixedFractionSizing(1, 1).size(small), 0, SizingReason.BELOW_MIN_NOTIONAL);
        assertSized(new ComposedSizing(new FixedFractionSizing(1, 1), both, 2.0, InputSettings.DEFAULTS)
                .size(small), 0.013, SizingReason.SIZED);
        // a declining base stays declined; zero and NaN factors fail closed
        assertSized(new ComposedSizing(new AtrRiskSizing(0.01, 1), both, 2.0, InputSettings.DEFAULTS)
                .size(r), 0, SizingReason.UNKNOWN_STOP);
        assertSized(new ComposedSizing(new FixedFractionSizing(1, 1), List.of(q -> 0.0), 2.0,
                InputSettings.DEFAULTS).size(r), 0, SizingReason.ZERO_MULTIPLIER);
        assertSized(new ComposedSizing(new FixedFractionSizing(1, 1), List.of(q -> Double.NaN), 2.0,
                InputSettings.DEFAULTS).size(r), 0, SizingReason.UNKNOWN_INPUT);
    }

    @Test
    void configBuildsTheChosenBaseAndOnlyTheMultipliersThatCanAct() {
        SizingConfig d = SizingConfig.defaults(1.0);
        assertThat(d.policy(2).base()).isInstanceOf(FixedFractionSizing.class);
        assertThat(d.policy(2).multipliers()).as("the neutral regime multiplier cannot act").isEmpty();
        assertThat(d.withRegime(RegimeMultiplier.DEFAULTS).policy(2).multipliers())
                .containsExactly(RegimeMultiplier.DEFAULTS);
        assertThat(d.maxNotionalMultiple()).isEqualTo(1.0);
        assertThat(SizingConfig.defaults(3.0).maxNotionalMultiple()).isEqualTo(3.0);
        assertThat(d.withMethod(SizingMethod.ATR_RISK).policy(1).base()).isEqualTo(new AtrRiskSizing(0.01, 1.0));
        assertThat(d.withMethod(SizingMethod.CONFIDENCE).policy(3).base()).isEqualTo(new ConfidenceSizing(1, 0, 3));
        assertThat(d.withMethod(SizingMethod.KELLY).policy(1).base()).isEqualTo(d.kelly());
        assertThat(d.withMethod(SizingMethod.VOL_TARGET).policy(2).base())
                .isEqualTo(new VolatilityTargetSizing(0.4, 2));
        assertThat(d.policy(1).inputs().volatilityWindow()).as("measured only for vol_target").isZero();
        assertThat(d.withMethod(SizingMethod.VOL_TARGET).policy(1).inputs().volatilityWindow()).isEqualTo(30);
        PerformanceMultiplier pm = new PerformanceMultiplier(5, 0.5, 1.5);
        assertThat(d.withPerformance(Optional.of(pm)).policy(1).multipliers()).containsExactly(pm);
        assertThat(SizingMethod.parse(" ATR_risk ")).isEqualTo(SizingMethod.ATR_RISK);
        assertThatThrownBy(() -> SizingMethod.parse("martingale")).hasMessageContaining("martingale")
                .hasMessageContaining("fixed_fraction, confidence, atr_risk, kelly, vol_target");
    }
}
