package dev.kairos.engine.exit;

import java.util.List;

/**
 * How positions are exited. R is the initial stop distance: {@link InitialStop} of the entry price.
 *
 * @param enabled          whether the exit brain runs at all (off: positions close on signals only)
 * @param stop             the initial stop distance R
 * @param atrPeriod        period of the ATR used by ATR stops and trails (Wilder), &gt;= 1
 * @param takeProfitR      take-profit levels in R from the entry, strictly increasing, 1 to
 *                         {@value ExitReason#MAX_TAKE_PROFITS} of them
 * @param takeProfitShares share of the position each take-profit closes, one per level, each &gt; 0, adding up
 *                         to 1 (each leg is rounded down to the lot; the last leg takes the remainder)
 * @param breakevenAfterTp after this many take-profits the stop moves to breakeven (entry plus the round-trip
 *                         fee); 0 = never
 * @param trailing         the trailing stop, armed after some take-profits
 * @param timeStopBars     close the position after it was held this many bars; 0 = never
 * @param hardStopMultiple the venue's safety-net stop sits at this many R from the entry at first and keeps
 *                         {@code (multiple − 1) × R} behind the dynamic stop as it ratchets; &gt;= 1, or 0 for none
 * @param adaptive         how the levels adapt to measured hit rates
 */
public record ExitConfig(boolean enabled, InitialStop stop, int atrPeriod, List<Double> takeProfitR,
                         List<Double> takeProfitShares, int breakevenAfterTp, Trailing trailing, int timeStopBars,
                         double hardStopMultiple, Adaptive adaptive) {

    public ExitConfig {
        if (stop == null || trailing == null || adaptive == null || takeProfitR == null || takeProfitShares == null) {
            throw new IllegalArgumentException("exit config parts must not be null");
        }
        takeProfitR = List.copyOf(takeProfitR);
        takeProfitShares = List.copyOf(takeProfitShares);
        if (atrPeriod < 1) {
            throw new IllegalArgumentException("ATR period must be >= 1, got " + atrPeriod);
        }
        int legs = takeProfitR.size();
        if (legs < 1 || legs > ExitReason.MAX_TAKE_PROFITS) {
            throw new IllegalArgumentException("take-profit levels: 1 to " + ExitReason.MAX_TAKE_PROFITS
                    + " expected, got " + legs + " " + takeProfitR);
        }
        for (int j = 0; j < legs; j++) {
            double r = takeProfitR.get(j);
            if (!(r > 0) || !Double.isFinite(r) || (j > 0 && !(r > takeProfitR.get(j - 1)))) {
                throw new IllegalArgumentException("take-profit levels must be positive and strictly increasing, got "
                        + takeProfitR);
            }
        }
        if (takeProfitShares.size() != legs) {
            throw new IllegalArgumentException("one take-profit share per level expected: " + legs + " levels "
                    + takeProfitR + ", " + takeProfitShares.size() + " shares " + takeProfitShares);
        }
        double sum = 0;
        for (double f : takeProfitShares) {
            if (!(f > 0) || !Double.isFinite(f)) {
                throw new IllegalArgumentException("take-profit shares must be positive, got " + takeProfitShares);
            }
            sum += f;
        }
        if (Math.abs(sum - 1.0) > 1e-9) {
            throw new IllegalArgumentException("take-profit shares must add up to 1, got " + takeProfitShares
                    + " (sum " + sum + ")");
        }
        if (breakevenAfterTp < 0 || breakevenAfterTp > legs) {
            throw new IllegalArgumentException("breakeven after take-profit must be 0.." + legs + ", got "
                    + breakevenAfterTp);
        }
        if (trailing.armAfterTp() < 0 || trailing.armAfterTp() > legs) {
            throw new IllegalArgumentException("trailing arm after take-profit must be 0.." + legs + ", got "
                    + trailing.armAfterTp());
        }
        if (timeStopBars < 0) {
            throw new IllegalArgumentException("time stop bars must be >= 0 (0 = off), got " + timeStopBars);
        }
        if (!(hardStopMultiple == 0 || hardStopMultiple >= 1) || !Double.isFinite(hardStopMultiple)) {
            throw new IllegalArgumentException("hard stop multiple must be >= 1 (or 0 = no hard stop), got "
                    + hardStopMultiple);
        }
    }

    /**
     * The documented defaults, enabled: stop 2 × ATR(14); take-profits 1R for 40 %, 2.5R for 40 %, 4R for the
     * rest; breakeven after TP1; an ATR trail of 2 × ATR armed after TP2; no time stop; the hard stop at 1.5 R;
     * adaptive levels off.
     */
    public static ExitConfig defaults() {
        return new ExitConfig(true, new InitialStop.AtrMultiple(2.0), 14, List.of(1.0, 2.5, 4.0),
                List.of(0.4, 0.4, 0.2), 1, new Trailing.Atr(2.0, 2), 0, 1.5, Adaptive.off());
    }

    /** No exit brain: the behaviour before it existed. */
    public static ExitConfig disabled() {
        return defaults().withEnabled(false);
    }

    public ExitConfig withEnabled(boolean on) {
        return new ExitConfig(on, stop, atrPeriod, takeProfitR, takeProfitShares, breakevenAfterTp, trailing,
                timeStopBars, hardStopMultiple, adaptive);
    }

    /** Whether a hard stop rests at the venue. */
    public boolean hasHardStop() {
        return hardStopMultiple > 0;
    }

    /** The initial stop distance R. */
    public sealed interface InitialStop {
        /** R = {@code multiple} × ATR at the entry. */
        record AtrMultiple(double multiple) implements InitialStop {
            public AtrMultiple {
                if (!(multiple > 0) || !Double.isFinite(multiple)) {
                    throw new IllegalArgumentException("stop ATR multiple must be a positive number, got " + multiple);
                }
            }
        }

        /** R = {@code percent} % of the entry price. */
        record Percent(double percent) implements InitialStop {
            public Percent {
                if (!(percent > 0) || !(percent < 100)) {
                    throw new IllegalArgumentException("stop percent must be in (0, 100), got " + percent);
                }
            }
        }
    }

    /** The trailing stop: it follows the best price since the entry, once armed. */
    public sealed interface Trailing {
        /** After this many take-profits the trail is armed (0 = from the entry). */
        int armAfterTp();

        /** No trailing stop. */
        record Off() implements Trailing {
            @Override
            public int armAfterTp() {
                return 0;
            }
        }

        /** {@code multiple} × ATR behind the best price. */
        record Atr(double multiple, int armAfterTp) implements Trailing {
            public Atr {
                if (!(multiple > 0) || !Double.isFinite(multiple)) {
                    throw new IllegalArgumentException("trailing ATR multiple must be a positive number, got "
                            + multiple);
                }
            }
        }

        /** {@code percent} % of the best price behind it. */
        record Percent(double percent, int armAfterTp) implements Trailing {
            public Percent {
                if (!(percent > 0) || !(percent < 100)) {
                    throw new IllegalArgumentException("trailing percent must be in (0, 100), got " + percent);
                }
            }
        }
    }

    /**
     * Adaptive levels: once {@code minSample} plans have closed, after each further one the take-profit levels
     * and the stop distance are scaled by a step of {@link AdaptiveLevels#STEP} towards measured hit rates in a
     * target band, the scales staying within the bounds. Frozen while health is below {@code minHealth}.
     *
     * @param minSample closed plans before any adjustment; also the window the rates are measured on
     */
    public record Adaptive(boolean enabled, int minSample, double tpScaleMin, double tpScaleMax, double stopScaleMin,
                           double stopScaleMax, double minHealth) {
        public Adaptive {
            if (minSample < 1) {
                throw new IllegalArgumentException("adaptive min sample must be >= 1, got " + minSample);
            }
            requireBounds("take-profit scale", tpScaleMin, tpScaleMax);
            requireBounds("stop scale", stopScaleMin, stopScaleMax);
            if (!(minHealth >= 0 && minHealth <= 1)) {
                throw new IllegalArgumentException("adaptive min health must be in [0, 1], got " + minHealth);
            }
        }

        /** Off, with the default sample (30) and bounds (take-profits × [0.5, 1.5], stop × [0.75, 1.5]). */
        public static Adaptive off() {
            return new Adaptive(false, 30, 0.5, 1.5, 0.75, 1.5, 0.5);
        }

        private static void requireBounds(String what, double min, double max) {
            if (!(min > 0) || !(min <= 1) || !(max >= 1) || !Double.isFinite(max)) {
                throw new IllegalArgumentException(what + " bounds must satisfy 0 < min <= 1 <= max, got [" + min
                        + ", " + max + "]");
            }
        }
    }
}
