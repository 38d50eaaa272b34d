package dev.kairos.analytics.regime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.model.InstrumentId;
import dev.kairos.model.event.Event;
import dev.kairos.model.market.BarSeries;
import dev.kairos.model.market.Timeframe;
import dev.kairos.model.regime.ConfidenceLevel;
import dev.kairos.model.regime.Regime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Pooling, hysteresis, confidence factors and publishing of the ensemble, with scripted detectors. */
class RegimeEnsembleTest {
    private static final BarSeries BARS = RegimeBars.range(400, 0.01, 0.002);

    private static RegimeEnsembleConfig hysteresis(double margin, int dwell) {
        return RegimeEnsembleConfig.defaults().withWeights(RegimeEnsembleConfig.WeightsMode.EQUAL)
                .withHysteresis(margin, dwell);
    }

    @Test
    void oneDetectorPassesThroughUpToTheClamp() {
        ScriptedDetector d = new ScriptedDetector("a").next(0.1, 0.2, 0.3, 0.4);
        RegimeEnsemble e = new RegimeEnsemble(List.of(d), RegimeEnsembleConfig.defaults());
        e.update(BARS, 0);
        assertEquals(0.1, e.probability(Regime.BULL_TREND), 1e-9);
        assertEquals(0.2, e.probability(Regime.BEAR_TREND), 1e-9);
        assertEquals(0.3, e.probability(Regime.VOLATILE_RANGE), 1e-9);
        assertEquals(0.4, e.probability(Regime.QUIET_RANGE), 1e-9);
        assertEquals(Optional.of(Regime.QUIET_RANGE), e.regime());
        assertTrue(e.changed());
    }

    @Test
    void factorPoolingAveragesLogOddsAndIgnoresNeutralFactors() {
        // a: trend share 0.8, up share 0.75, volatile share 0.5; b: trend share 0.2, up 0.5, volatile share 0.9
        ScriptedDetector a = new ScriptedDetector("a").next(0.6, 0.2, 0.1, 0.1);
        ScriptedDetector b = new ScriptedDetector("b").next(0.1, 0.1, 0.72, 0.08);
        RegimeEnsemble e = new RegimeEnsemble(List.of(a, b), hysteresis(0.1, 3));
        e.update(BARS, 0);
        double t = logistic(0.5 * (logit(0.8) + logit(0.2)));
        double u = logistic(0.5 * (logit(0.75) + logit(0.5)));
        double h = logistic(0.5 * (logit(0.5) + logit(0.9)));
        assertEquals(0.5, t, 1e-12);
        assertEquals(t * u, e.probability(Regime.BULL_TREND), 1e-9);
        assertEquals(t * (1 - u), e.probability(Regime.BEAR_TREND), 1e-9);
        assertEquals((1 - t) * h, e.probability(Regime.VOLATILE_RANGE), 1e-9);
        assertEquals((1 - t) * (1 - h), e.probability(Regime.QUIET_RANGE), 1e-9);
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    private static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    @Test
    void aOneBarSpikeDoesNotSwitchAndASustainedChangeSwitchesAfterTheDwell() {
        ScriptedDetector d = new ScriptedDetector("a");
        RegimeEnsemble e = new RegimeEnsemble(List.of(d), hysteresis(0.1, 3));
        int i = 0;
        for (; i < 20; i++) {
            e.update(BARS, i);
            d.favour(Regime.QUIET_RANGE, 0.7);
        }
        assertEquals(Optional.of(Regime.QUIET_RANGE), e.regime());
        d.favour(Regime.BULL_TREND, 0.95);
        e.update(BARS, i++);
        assertEquals(Regime.BULL_TREND.ordinal(), RegimeFactors.argmax(probabilities(e)), "the spike leads");
        assertEquals(Optional.of(Regime.QUIET_RANGE), e.regime(), "one bar does not switch");
        assertFalse(e.changed());
        d.favour(Regime.QUIET_RANGE, 0.7);
        for (int k = 0; k < 10; k++) {
            e.update(BARS, i++);
            assertEquals(Optional.of(Regime.QUIET_RANGE), e.regime());
        }
        // two bars of a lead are not enough either
        d.favour(Regime.BULL_TREND, 0.7);
        e.update(BARS, i++);
        e.update(BARS, i++);
        d.favour(Regime.QUIET_RANGE, 0.7);
        e.update(BARS, i++);
        assertEquals(Optional.of(Regime.QUIET_RANGE), e.regime());
        // a sustained change switches on its third bar
        d.favour(Regime.BULL_TREND, 0.7);
        e.update(BARS, i++);
        e.update(BARS, i++);
        assertEquals(Optional.of(Regime.QUIET_RANGE), e.regime());
        e.update(BARS, i++);
        assertEquals(Optional.of(Regime.BULL_TREND), e.regime());
        assertTrue(e.changed());
        e.update(BARS, i++);
        assertFalse(e.changed());
    }

    @Test
    void aLeadBelowTheMarginNeverSwitches() {
        ScriptedDetector d = new ScriptedDetector("a").next(0.05, 0.05, 0.30, 0.60);
        RegimeEnsemble e = new RegimeEnsemble(List.of(d), hysteresis(0.1, 2));
        e.update(BARS, 0);
        assertEquals(Optional.of(Regime.QUIET_RANGE), e.regime());
        d.next(0.05, 0.05, 0.47, 0.43); // volatile leads by 0.04
        for (int i = 1; i < 50; i++) {
            e.update(BARS, i);
            assertEquals(Optional.of(Regime.QUIET_RANGE), e.regime(), "bar " + i);
        }
        d.next(0.05, 0.05, 0.55, 0.35); // by 0.2
        e.update(BARS, 50);
        e.update(BARS, 51);
        assertEquals(Optional.of(Regime.VOLATILE_RANGE), e.regime());
    }

    private static double[] probabilities(RegimeEnsemble e) {
        double[] p = new double[Regime.COUNT];
        e.probabilities(p);
        return p;
    }

    @Test
    void confidenceFactorsFollowTheirDefinitions() {
        ScriptedDetector a = new ScriptedDetector("a").next(0.7, 0.1, 0.1, 0.1);
        ScriptedDetector b = new ScriptedDetector("b").next(0.7, 0.1, 0.1, 0.1);
        RegimeEnsemble e = new RegimeEnsemble(List.of(a, b), hysteresis(0.1, 3));
        e.update(BARS, 0);
        assertEquals(1.0, e.agreement(), 1e-12, "both rate the call as their top");
        assertEquals(1.0, e.dataQuality(), 1e-12);
        assertEquals(0.5, e.historicalAccuracy(), 1e-12, "prior before anything was scored");
        double p1 = e.probability(Regime.BULL_TREND);
        double p2 = Math.max(e.probability(Regime.BEAR_TREND), Math.max(e.probability(Regime.VOLATILE_RANGE),
                e.probability(Regime.QUIET_RANGE)));
        assertEquals((p1 - p2) / p1, e.boundaryDistance(), 1e-12);
        assertEquals(1.0, e.volatilityModifier(), 0.0, "volatility not ranked yet");
        assertEquals(0.4 + 0.3 * 0.5 + 0.3 * e.boundaryDistance(), e.confidence(), 1e-12);

        b.next(0.1, 0.1, 0.1, 0.7);
        e.update(BARS, 1);
        assertTrue(e.agreement() < 1.0, "b now rates the call below its own top: " + e.agreement());
        b.next(0.35, 0.35, 0.15, 0.15);
        a.next(0.35, 0.35, 0.15, 0.15);
        e.update(BARS, 2);
        assertEquals(0.0, e.boundaryDistance(), 1e-9, "a tie is on the boundary");
    }

    @Test
    void aGapInTimestampsLowersDataQualityWhichThenRecovers() {
        BarSeries.Builder b = new BarSeries.Builder(InstrumentId.of("TEST-REGIME"), 60);
        for (int i = 0; i < 60; i++) {
            long t = RegimeBars.T0 + (i < 30 ? i : i + 5) * RegimeBars.H4; // five bars missing before bar 30
            b.add(t, 100, 101, 99, 100.5, 1_000);
        }
        BarSeries gappy = b.build(RegimeBars.H4);
        ScriptedDetector d = new ScriptedDetector("a").favour(Regime.QUIET_RANGE, 0.7);
        RegimeEnsemble e = new RegimeEnsemble(List.of(d), hysteresis(0.1, 3));
        for (int i = 0; i < 30; i++) {
            e.update(gappy, i);
        }
        assertEquals(1.0, e.dataQuality(), 0.0);
        double before = e.confidence();
        e.update(gappy, 30);
        assertEquals(0.0, e.dataQuality(), 0.0, "the gap bar");
        assertEquals(0.0, e.confidence(), 0.0);
        double previous = 0;
        for (int i = 31; i < 60; i++) {
            e.update(gappy, i);
            assertTrue(e.dataQuality() > previous, "recovers: bar " + i);
            previous = e.dataQuality();
        }
        assertEquals(1 - Math.pow(0.85, 29), e.dataQuality(), 1e-12);
        assertTrue(before > 0.5);
    }

    @Test
    void aStaleBarCountsHalf() {
        BarSeries.Builder b = new BarSeries.Builder(InstrumentId.of("TEST-REGIME"), 3);
        b.add(RegimeBars.T0, 100, 101, 99, 100, 10);
        b.add(RegimeBars.T0 + RegimeBars.H4, 100, 100, 100, 100, 0);
        b.add(RegimeBars.T0 + 2 * RegimeBars.H4, 100, 100, 100, 100, 5);
        BarSeries s = b.build(RegimeBars.H4);
        RegimeEnsemble e = new RegimeEnsemble(List.of(new ScriptedDetector("a")), hysteresis(0.1, 3));
        e.update(s, 0);
        e.update(s, 1);
        assertEquals(0.5, e.dataQuality(), 1e-12);
        e.update(s, 2);
        assertEquals(1 - 0.5 * 0.85, e.dataQuality(), 1e-12, "traded again: the penalty decays");
    }

    @Test
    void aDetectorWithNaNOrNotReadyIsLeftOutAndLowersDataQuality() {
        ScriptedDetector good = new ScriptedDetector("good").favour(Regime.BEAR_TREND, 0.7);
        ScriptedDetector broken = new ScriptedDetector("broken").next(Double.NaN, 0.5, 0.25, 0.25);
        ScriptedDetector late = new ScriptedDetector("late").ready(false);
        RegimeEnsemble e = new RegimeEnsemble(List.of(good, broken, late), hysteresis(0.1, 3));
        e.update(BARS, 0);
        assertEquals(Optional.of(Regime.BEAR_TREND), e.regime());
        assertEquals(0.7, e.probability(Regime.BEAR_TREND), 1e-9, "pooled from the good detector alone");
        assertEquals(0.0, e.dataQuality(), 0.0, "a NaN input is a data fault");
        assertEquals(0.0, e.weight(1, RegimeEnsemble.Factor.TREND), 0.0);
        assertEquals(0.0, e.weight(2, RegimeEnsemble.Factor.TREND), 0.0);
        broken.favour(Regime.BEAR_TREND, 0.7);
        for (int i = 1; i < 40; i++) {
            e.update(BARS, i);
        }
        assertEquals(2.0 / 3.0 * (1 - Math.pow(0.85, 39)), e.dataQuality(), 1e-12, "two of three ready, the fault decayed");
    }

    @Test
    void nothingIsPublishedBeforeADetectorIsReady() {
        ScriptedDetector late = new ScriptedDetector("late").ready(false);
        RegimeEnsemble e = new RegimeEnsemble(List.of(late), RegimeEnsembleConfig.defaults());
        e.update(BARS, 0);
        assertFalse(e.isReady());
        assertEquals(Optional.empty(), e.regime());
        assertEquals(-1, e.regimeOrdinal());
        assertEquals(0.0, e.confidence(), 0.0);
        assertEquals(0.25, e.probability(Regime.QUIET_RANGE), 0.0);
        assertEquals(Optional.empty(), e.updateEvent(1, InstrumentId.of("X"), Timeframe.FOUR_HOURS));
        assertEquals(0.0, e.confidenceValue().score(), 0.0);
    }

    @Test
    void buildsTheEventToPublish() {
        RegimeEnsemble e = RegimeDetectors.standard().ensemble();
        BarSeries bars = RegimeBars.trend(300, 0.006);
        for (int i = 0; i < 300; i++) {
            e.update(bars, i);
        }
        Event.RegimeUpdate u = e.updateEvent(bars.closeTime(299), bars.instrument(), Timeframe.FOUR_HOURS)
                .orElseThrow();
        assertEquals(Regime.BULL_TREND, u.regime());
        assertEquals(bars.closeTime(299), u.timestamp());
        assertEquals(e.probability(Regime.BULL_TREND), u.probabilities().bullTrend(), 0.0);
        assertEquals(e.confidence(), u.confidence().score(), 0.0);
        assertEquals(ConfidenceLevel.of(e.confidence()), u.confidence().level());
        assertEquals(e.agreement(), u.confidence().agreement(), 0.0);
        assertEquals(e.historicalAccuracy(), u.confidence().historicalAccuracy(), 0.0);
        assertEquals(e.dataQuality(), u.confidence().dataQuality(), 0.0);
        assertEquals(e.boundaryDistance(), u.confidence().boundaryDistance(), 0.0);
        assertEquals(e.volatilityModifier(), u.confidence().volatilityModifier(), 0.0);
    }

    @Test
    void rejectsBadConstruction() {
        assertThrows(IllegalArgumentException.class, () -> new RegimeEnsemble(List.of(), RegimeEnsembleConfig.defaults()));
        ScriptedDetector d = new ScriptedDetector("a");
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> new RegimeEnsemble(List.of(d, d), RegimeEnsembleConfig.defaults()));
        assertTrue(twice.getMessage().contains("listed twice"), twice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RegimeEnsemble(List.of(d), null));
        assertThrows(IllegalArgumentException.class, () -> RegimeEnsembleConfig.defaults().withHysteresis(1.0, 3));
        assertThrows(IllegalArgumentException.class, () -> RegimeEnsembleConfig.defaults().withHysteresis(0.1, 0));
        assertThrows(IllegalArgumentException.class, () -> RegimeEnsembleConfig.defaults().withVolatilityBuckets(0));
        assertThrows(IllegalArgumentException.class, () -> RegimeEnsembleConfig.defaults().withWeights(null));
        assertThrows(IllegalArgumentException.class, () -> new RegimeEnsembleConfig(
                RegimeEnsembleConfig.WeightsMode.EQUAL, 0.1, 3, 1, 3, 300, 1.0, 1000));
    }
}
