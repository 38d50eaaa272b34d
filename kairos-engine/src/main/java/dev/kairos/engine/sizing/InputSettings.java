package dev.kairos.engine.sizing;

/**
 * What {@link SizingInputs} measures per bar for a policy's requests.
 *
 * @param atrPeriod              Wilder ATR period in bars, in [1, 10000]
 * @param volatilityWindow       close-to-close returns in the realised-volatility window, in [2, 100000]; 0 turns
 *                               the measurement off (requests then carry NaN volatility)
 * @param stops                  how stop and target distances are derived
 * @param performanceWindow      closed trades and scored signals kept per strategy and per exit leg
 * @param performanceHorizonBars bars after a signal at whose close its direction is scored
 */
public record InputSettings(int atrPeriod, int volatilityWindow, AdaptiveStops stops, int performanceWindow,
                            int performanceHorizonBars) {
    /** ATR(14), no volatility, default stops, the last 50 outcomes, signals scored 6 bars on. */
    public static final InputSettings DEFAULTS = new InputSettings(14, 0, AdaptiveStops.DEFAULTS, 50, 6);

    public InputSettings {
        if (atrPeriod < 1 || atrPeriod > 10_000) {
            throw new IllegalArgumentException("ATR period must be in [1, 10000]: " + atrPeriod);
        }
        if (volatilityWindow != 0 && (volatilityWindow < 2 || volatilityWindow > 100_000)) {
            throw new IllegalArgumentException("volatility window must be 0 (off) or in [2, 100000]: "
                    + volatilityWindow);
        }
        if (stops == null) {
            throw new IllegalArgumentException("stop rules are required");
        }
        if (performanceWindow < 1 || performanceWindow > 100_000) {
            throw new IllegalArgumentException("performance window must be in [1, 100000]: " + performanceWindow);
        }
        if (performanceHorizonBars < 1 || performanceHorizonBars > 100_000) {
            throw new IllegalArgumentException("performance horizon must be in [1, 100000] bars: "
                    + performanceHorizonBars);
        }
    }
}
