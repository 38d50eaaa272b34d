package dev.kairos.analytics.regime;

import dev.kairos.model.regime.Regime;

/**
 * The regime taxonomy read as three binary factors, which is how the rule-based detectors build their
 * probabilities and how the ensemble pools any detector's:
 * <ul>
 *   <li><b>trend share</b> {@code T = P(bull) + P(bear)}: persistent direction versus range;</li>
 *   <li><b>up share</b> {@code U = P(bull) / T}: the direction of a trend;</li>
 *   <li><b>volatile share</b> {@code H = P(volatile) / (1 - T)}: the kind of range.</li>
 * </ul>
 * Conversely {@code P = (T·U, T·(1−U), (1−T)·H, (1−T)·(1−H))}, which sums to 1 by construction. A detector with
 * no opinion on a factor leaves it at 0.5. Factors are clamped to {@code [EPS, 1 − EPS]} so that every
 * probability stays positive and every log-odds finite. Static, allocation-free.
 */
final class RegimeFactors {
    /** Smallest factor value: keeps log-odds within about ±9.2. */
    static final double EPS = 1e-4;

    private RegimeFactors() {
    }

    /** The logistic function {@code 1 / (1 + e^-x)}, in (0, 1). */
    static double logistic(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    /** Log-odds of {@code p} after clamping to {@code [EPS, 1 − EPS]}. */
    static double logit(double p) {
        double q = clamp(p);
        return Math.log(q / (1.0 - q));
    }

    static double clamp(double p) {
        return p < EPS ? EPS : (p > 1.0 - EPS ? 1.0 - EPS : p);
    }

    /** Writes the four probabilities of the factors (each clamped) into {@code out}, indexed by ordinal. */
    static void toProbabilities(double trend, double up, double volatileShare, double[] out) {
        double t = clamp(trend);
        double u = clamp(up);
        double h = clamp(volatileShare);
        out[Regime.BULL_TREND.ordinal()] = t * u;
        out[Regime.BEAR_TREND.ordinal()] = t * (1.0 - u);
        out[Regime.VOLATILE_RANGE.ordinal()] = (1.0 - t) * h;
        out[Regime.QUIET_RANGE.ordinal()] = (1.0 - t) * (1.0 - h);
    }

    /** The trend share {@code P(bull) + P(bear)} of {@code p}. */
    static double trendShare(double[] p) {
        return p[0] + p[1];
    }

    /** The up share {@code P(bull) / (P(bull) + P(bear))}; 0.5 when both are 0. */
    static double upShare(double[] p) {
        double t = p[0] + p[1];
        return t > 0 ? p[0] / t : 0.5;
    }

    /** The volatile share {@code P(volatile) / (P(volatile) + P(quiet))}; 0.5 when both are 0. */
    static double volatileShare(double[] p) {
        double r = p[2] + p[3];
        return r > 0 ? p[2] / r : 0.5;
    }

    /** Index of the largest of the four (ties: the lower ordinal). */
    static int argmax(double[] p) {
        int best = 0;
        for (int r = 1; r < Regime.COUNT; r++) {
            if (p[r] > p[best]) {
                best = r;
            }
        }
        return best;
    }

    /** Whether the four are finite, non-negative and sum to 1 within 1e-6. */
    static boolean isDistribution(double[] p) {
        double s = 0;
        for (int r = 0; r < Regime.COUNT; r++) {
            if (!(p[r] >= 0 && p[r] <= 1)) {
                return false;
            }
            s += p[r];
        }
        return Math.abs(s - 1.0) <= 1e-6;
    }
}
