package dev.kairos.analytics.sentiment;

import dev.kairos.model.regime.SentimentState;

/**
 * Maps a smoothed sentiment value in [−1, 1] to one of the five {@link SentimentState}s by four cuts, with
 * hysteresis: below {@code fearfulBelow} FEARFUL, below {@code anxiousBelow} ANXIOUS, below
 * {@code optimisticFrom} NEUTRAL, below {@code euphoricFrom} OPTIMISTIC, else EUPHORIC (a value on a cut belongs
 * to the band above it).
 *
 * <p>Hysteresis ({@link #next}): the state moves up into a band only once the value is at least {@code margin}
 * above that band's lower cut, and down into a band only once it is more than {@code margin} below that band's
 * upper cut. A value that crosses a cut by less than the margin leaves the state where it was, so noise around a
 * cut does not flip the state back and forth.
 *
 * @param margin ≥ 0, and less than half the width of each of the three inner bands (so every band can be entered)
 */
public record SentimentBands(double fearfulBelow, double anxiousBelow, double optimisticFrom, double euphoricFrom,
                             double margin) {
    /** Cuts −0.5, −0.15, 0.15, 0.5 (the ±0.05 "neutral" convention of VADER widened for a smoothed mean) and margin 0.05. */
    public static final SentimentBands DEFAULT = new SentimentBands(-0.5, -0.15, 0.15, 0.5, 0.05);

    private static final SentimentState[] STATES = SentimentState.values();

    public SentimentBands {
        double[] cuts = {fearfulBelow, anxiousBelow, optimisticFrom, euphoricFrom};
        for (double c : cuts) {
            if (!(c > -1.0 && c <= 1.0)) {
                throw new IllegalArgumentException("each cut must be within (-1, 1], got " + c);
            }
        }
        if (!(fearfulBelow < anxiousBelow && anxiousBelow < optimisticFrom && optimisticFrom < euphoricFrom)) {
            throw new IllegalArgumentException("cuts must increase: fearful < anxious < optimistic < euphoric, got "
                    + fearfulBelow + ", " + anxiousBelow + ", " + optimisticFrom + ", " + euphoricFrom);
        }
        double narrowest = Math.min(anxiousBelow - fearfulBelow, Math.min(optimisticFrom - anxiousBelow,
                euphoricFrom - optimisticFrom));
        if (!(margin >= 0.0) || !(2.0 * margin < narrowest)) {
            throw new IllegalArgumentException("margin must be >= 0 and less than half the narrowest inner band ("
                    + narrowest / 2.0 + "), got " + margin);
        }
    }

    /** The state of {@code value} without hysteresis. */
    public SentimentState band(double value) {
        return STATES[bandIndex(value)];
    }

    /** The state after {@code current} when the value is now {@code value}: see the class comment. */
    public SentimentState next(SentimentState current, double value) {
        return STATES[nextIndex(current.ordinal(), value)];
    }

    int bandIndex(double value) {
        checkValue(value);
        if (value < fearfulBelow) {
            return 0;
        }
        if (value < anxiousBelow) {
            return 1;
        }
        if (value < optimisticFrom) {
            return 2;
        }
        return value < euphoricFrom ? 3 : 4;
    }

    int nextIndex(int current, double value) {
        int raw = bandIndex(value);
        int target = current;
        if (raw > current) {
            for (int k = current + 1; k <= raw; k++) {
                if (value >= cut(k - 1) + margin) {
                    target = k;
                }
            }
        } else if (raw < current) {
            for (int k = current - 1; k >= raw; k--) {
                if (value < cut(k) - margin) {
                    target = k;
                }
            }
        }
        return target;
    }

    /** Cut {@code i} (0..3), the upper edge of band {@code i} and lower edge of band {@code i + 1}. */
    private double cut(int i) {
        return switch (i) {
            case 0 -> fearfulBelow;
            case 1 -> anxiousBelow;
            case 2 -> optimisticFrom;
            default -> euphoricFrom;
        };
    }

    private static void checkValue(double value) {
        if (!(value >= -1.0 && value <= 1.0)) {
            throw new IllegalArgumentException("a sentiment value must be within -1..1, got " + value);
        }
    }
}
