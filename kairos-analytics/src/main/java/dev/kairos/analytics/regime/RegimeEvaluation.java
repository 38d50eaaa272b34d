package dev.kairos.analytics.regime;

import dev.kairos.model.market.BarSeries;
import dev.kairos.model.regime.Regime;

/**
 * How well a sequence of regime calls matches the true regimes of a labelled series.
 *
 * <p>Only bars from {@code from} on are counted (the warm-up before it is left out); a bar without a call (the
 * detector not ready) counts as wrong. A <em>switch</em> is a bar whose true regime differs from the previous
 * bar's; the series start counts as one. A bar is <em>settled</em> when more than {@link #SETTLE_BARS} bars have
 * passed since the last switch ({@code i − switch > 20}).
 *
 * @param bars             bars counted
 * @param accuracy         share of counted bars called right
 * @param settledBars      counted bars that are settled
 * @param settledAccuracy  share of settled bars called right (NaN when there are none)
 * @param f1               F1 score per regime, indexed by ordinal (NaN for a regime neither true nor called)
 * @param switches         switches at or after {@code from}
 * @param detected         of those, the ones whose new regime was called before the next switch
 * @param meanDelay        mean bars from a detected switch to the first bar calling its new regime (NaN when none)
 * @param calledChanges    bars after {@code from} whose call differs from the previous bar's (flicker shows here
 *                         as many more changes than switches)
 */
public record RegimeEvaluation(int bars, double accuracy, int settledBars, double settledAccuracy, double[] f1,
                               int switches, int detected, double meanDelay, int calledChanges) {
    /** Bars after a switch from which a bar counts as settled (strictly more than this many). */
    public static final int SETTLE_BARS = 20;

    public RegimeEvaluation {
        if (f1 == null || f1.length != Regime.COUNT) {
            throw new IllegalArgumentException("need one F1 per regime");
        }
        f1 = f1.clone();
    }

    /** F1 of one regime. */
    public double f1(Regime regime) {
        return f1[regime.ordinal()];
    }

    @Override
    public double[] f1() {
        return f1.clone();
    }

    /** Mean F1 over the regimes that have one. */
    public double macroF1() {
        double s = 0;
        int n = 0;
        for (double x : f1) {
            if (!Double.isNaN(x)) {
                s += x;
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    /**
     * Scores {@code calls} (regime ordinals, −1 for no call) against {@code truth} on bars {@code from ..}.
     *
     * @throws IllegalArgumentException when the lengths differ or {@code from} is out of range
     */
    public static RegimeEvaluation of(Regime[] truth, int[] calls, int from) {
        if (truth.length != calls.length) {
            throw new IllegalArgumentException("truth has " + truth.length + " bars but calls have " + calls.length);
        }
        if (from < 0 || from >= truth.length) {
            throw new IllegalArgumentException("first counted bar " + from + " is outside 0.." + (truth.length - 1));
        }
        int n = truth.length;
        int counted = 0;
        int right = 0;
        int settled = 0;
        int settledRight = 0;
        int[] truePositive = new int[Regime.COUNT];
        int[] trueCount = new int[Regime.COUNT];
        int[] callCount = new int[Regime.COUNT];
        int lastSwitch = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0 && truth[i] != truth[i - 1]) {
                lastSwitch = i;
            }
            if (i < from) {
                continue;
            }
            int t = truth[i].ordinal();
            int c = calls[i];
            boolean hit = c == t;
            counted++;
            right += hit ? 1 : 0;
            if (i - lastSwitch > SETTLE_BARS) {
                settled++;
                settledRight += hit ? 1 : 0;
            }
            trueCount[t]++;
            if (c >= 0) {
                callCount[c]++;
            }
            if (hit) {
                truePositive[t]++;
            }
        }
        double[] f1 = new double[Regime.COUNT];
        for (int r = 0; r < Regime.COUNT; r++) {
            int denominator = trueCount[r] + callCount[r];
            f1[r] = denominator == 0 ? Double.NaN : 2.0 * truePositive[r] / denominator;
        }
        int changes = 0;
        for (int i = from + 1; i < n; i++) {
            if (calls[i] != calls[i - 1]) {
                changes++;
            }
        }
        int switches = 0;
        int detected = 0;
        long delaySum = 0;
        for (int s = 0; s < n; s++) {
            boolean isSwitch = s == 0 || truth[s] != truth[s - 1];
            if (!isSwitch || s < from) {
                continue;
            }
            switches++;
            int target = truth[s].ordinal();
            for (int j = s; j < n && truth[j] == truth[s]; j++) {
                if (calls[j] == target) {
                    detected++;
                    delaySum += j - s;
                    break;
                }
            }
        }
        return new RegimeEvaluation(counted, (double) right / counted, settled,
                settled == 0 ? Double.NaN : (double) settledRight / settled, f1, switches, detected,
                detected == 0 ? Double.NaN : (double) delaySum / detected, changes);
    }

    /** Runs a fresh {@code detector} over the series; its call is its most probable regime. */
    public static RegimeEvaluation of(RegimeSwitchingSeries series, RegimeDetector detector, int from) {
        return of(series.labels(), detectorCalls(detector, series.bars()), from);
    }

    /** Runs a fresh {@code ensemble} over the series; its call is its published regime (after hysteresis). */
    public static RegimeEvaluation ofEnsemble(RegimeSwitchingSeries series, RegimeEnsemble ensemble, int from) {
        return of(series.labels(), ensembleCalls(ensemble, series.bars()), from);
    }

    /** Feeds every bar to {@code detector}; per bar, the ordinal of its most probable regime, or −1 while not ready. */
    public static int[] detectorCalls(RegimeDetector detector, BarSeries bars) {
        int[] calls = new int[bars.size()];
        double[] p = new double[Regime.COUNT];
        for (int i = 0; i < bars.size(); i++) {
            detector.update(bars, i);
            if (detector.isReady()) {
                detector.probabilities(p);
                calls[i] = RegimeFactors.argmax(p);
            } else {
                calls[i] = -1;
            }
        }
        return calls;
    }

    /** Feeds every bar to {@code ensemble}; per bar, its published regime's ordinal, or −1 while not ready. */
    public static int[] ensembleCalls(RegimeEnsemble ensemble, BarSeries bars) {
        int[] calls = new int[bars.size()];
        for (int i = 0; i < bars.size(); i++) {
            ensemble.update(bars, i);
            calls[i] = ensemble.regimeOrdinal();
        }
        return calls;
    }
}
