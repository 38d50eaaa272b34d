package dev.kairos.engine.sizing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a run sizes positions: a base {@link SizingMethod}, the optional performance multiplier and the regime
 * multiplier, capped by {@code maxNotionalMultiple}; plus what the engine measures for it (ATR, volatility,
 * performance windows) and the stop rules. {@link #defaults(double)} is today's fixed fraction.
 *
 * @param method                 the base policy
 * @param fraction               share of equity per position set (fixed fraction, confidence), in (0, 10]
 * @param riskPerTrade           share of equity lost at the stop (ATR risk), in (0, 1]
 * @param confidenceFloor        confidence at or below which nothing is traded (confidence), in [0, 1)
 * @param maxNotionalMultiple    every position's notional is at most this × equity, in (0, 1000]
 * @param atrPeriod              ATR period in bars
 * @param stops                  stop and target distances
 * @param kelly                  the Kelly policy's settings
 * @param volTargetAnnual        annualised volatility target (vol target), in (0, 10]
 * @param volWindow              returns in the realised-volatility window (vol target), in [2, 100000]
 * @param performance            the performance multiplier, when on
 * @param performanceWindow      closed trades and scored signals kept per strategy and exit leg
 * @param performanceHorizonBars bars after which a signal's direction is scored
 * @param regime                 the regime multiplier (neutral until a regime is reported)
 */
public record SizingConfig(SizingMethod method, double fraction, double riskPerTrade, double confidenceFloor,
                           double maxNotionalMultiple, int atrPeriod, AdaptiveStops stops, KellySizing kelly,
                           double volTargetAnnual, int volWindow, Optional<PerformanceMultiplier> performance,
                           int performanceWindow, int performanceHorizonBars, RegimeMultiplier regime) {
    public SizingConfig {
        if (method == null || stops == null || kelly == null || performance == null || regime == null) {
            throw new IllegalArgumentException("sizing method, stops, Kelly, performance and regime settings are"
                    + " required");
        }
        if (!(fraction > 0) || fraction > 10) {
            throw new IllegalArgumentException("sizing fraction must be in (0, 10]: " + fraction);
        }
        if (!(riskPerTrade > 0 && riskPerTrade <= 1)) {
            throw new IllegalArgumentException("risk per trade must be in (0, 1]: " + riskPerTrade);
        }
        if (!(confidenceFloor >= 0 && confidenceFloor < 1)) {
            throw new IllegalArgumentException("confidence floor must be in [0, 1): " + confidenceFloor);
        }
        if (!(maxNotionalMultiple > 0 && maxNotionalMultiple <= 1000)) {
            throw new IllegalArgumentException("max notional multiple must be in (0, 1000]: " + maxNotionalMultiple);
        }
        if (!(volTargetAnnual > 0 && volTargetAnnual <= 10)) {
            throw new IllegalArgumentException("volatility target must be in (0, 10]: " + volTargetAnnual);
        }
        if (volWindow < 2 || volWindow > 100_000) {
            throw new IllegalArgumentException("volatility window must be in [2, 100000]: " + volWindow);
        }
        // the remaining ranges are those of the measurements
        new InputSettings(atrPeriod, volWindow, stops, performanceWindow, performanceHorizonBars);
    }

    /**
     * Fixed fraction {@code fraction} (today's behaviour): risk 1 % per trade, confidence floor 0, notional cap
     * max(1, fraction) × equity, ATR(14), {@link AdaptiveStops#DEFAULTS}, half Kelly capped at 0.25 after 20
     * trades without warm-up, 40 % volatility target over 30 returns, performance multiplier off (when on: 20
     * samples, 0.5 to 1.5), the last 50 outcomes, signals scored after 6 bars, {@link RegimeMultiplier#NEUTRAL}.
     */
    public static SizingConfig defaults(double fraction) {
        return new SizingConfig(SizingMethod.FIXED_FRACTION, fraction, 0.01, 0.0, Math.max(1.0, fraction), 14,
                AdaptiveStops.DEFAULTS, new KellySizing(0.5, 0.25, 20, 0.0), 0.4, 30, Optional.empty(), 50, 6,
                RegimeMultiplier.NEUTRAL);
    }

    /** This configuration with another base policy. */
    public SizingConfig withMethod(SizingMethod m) {
        return new SizingConfig(m, fraction, riskPerTrade, confidenceFloor, maxNotionalMultiple, atrPeriod, stops,
                kelly, volTargetAnnual, volWindow, performance, performanceWindow, performanceHorizonBars, regime);
    }

    /** This configuration with the performance multiplier on ({@code m} present) or off. */
    public SizingConfig withPerformance(Optional<PerformanceMultiplier> m) {
        return new SizingConfig(method, fraction, riskPerTrade, confidenceFloor, maxNotionalMultiple, atrPeriod,
                stops, kelly, volTargetAnnual, volWindow, m, performanceWindow, performanceHorizonBars, regime);
    }

    /** This configuration with another regime multiplier. */
    public SizingConfig withRegime(RegimeMultiplier r) {
        return new SizingConfig(method, fraction, riskPerTrade, confidenceFloor, maxNotionalMultiple, atrPeriod,
                stops, kelly, volTargetAnnual, volWindow, performance, performanceWindow, performanceHorizonBars, r);
    }

    /** What the engine must measure: the volatility only for {@link SizingMethod#VOL_TARGET}. */
    public InputSettings inputs() {
        return new InputSettings(atrPeriod, method == SizingMethod.VOL_TARGET ? volWindow : 0, stops,
                performanceWindow, performanceHorizonBars);
    }

    /** The composed policy for a run of {@code instruments} instruments. */
    public ComposedSizing policy(int instruments) {
        SizingPolicy base = switch (method) {
            case FIXED_FRACTION -> new FixedFractionSizing(fraction, instruments);
            case CONFIDENCE -> new ConfidenceSizing(fraction, confidenceFloor, instruments);
            case ATR_RISK -> new AtrRiskSizing(riskPerTrade, maxNotionalMultiple);
            case KELLY -> kelly;
            case VOL_TARGET -> new VolatilityTargetSizing(volTargetAnnual, instruments);
        };
        List<SizeMultiplier> multipliers = new ArrayList<>();
        performance.ifPresent(multipliers::add);
        if (!regime.isNeutral()) {
            multipliers.add(regime);
        }
        return new ComposedSizing(base, multipliers, maxNotionalMultiple, inputs());
    }
}
